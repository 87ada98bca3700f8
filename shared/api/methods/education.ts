/**
 * Risk education sessions and campaigns, victim assistance, beneficiaries by sex and age; the
 * editable list of the languages risk education is delivered in (issue 4).
 */
export const EDUCATION_METHODS = [
  'education.list',
  'education.get',
  'education.create',
  'education.update',
  'education.delete',
  'education.figures',
  'assistance.list',
  'assistance.get',
  'assistance.create',
  'assistance.update',
  'assistance.delete',
  'assistance.figures',
  'languages.list',
  'languages.save',
  'languages.delete',
] as const;
