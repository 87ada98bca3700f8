/** Casualties: one record per person where known, aggregate entries otherwise, by sex and age. */
export const CASUALTY_METHODS = [
  'casualties.listPersons',
  'casualties.getPerson',
  'casualties.createPerson',
  'casualties.updatePerson',
  'casualties.deletePerson',
  'casualties.listAggregates',
  'casualties.getAggregate',
  'casualties.createAggregate',
  'casualties.updateAggregate',
  'casualties.deleteAggregate',
  'casualties.year',
  'casualties.years',
] as const;
