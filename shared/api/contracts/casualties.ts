import { z } from 'zod';
import {
  CASUALTY_ACTIVITIES,
  casualtyAggregateInputSchema,
  casualtyAggregateListQuerySchema,
  casualtyAggregateListResultSchema,
  casualtyAggregateRowSchema,
  casualtyAggregateSaveResultSchema,
  casualtyOutcomeSchema,
  casualtyPersonInputSchema,
  casualtyPersonListQuerySchema,
  casualtyPersonListResultSchema,
  casualtyPersonRowSchema,
  casualtyPersonSaveResultSchema,
  casualtyYearQuerySchema,
  casualtyYearsResultSchema,
  CIVILIAN_STATUSES,
  civilianStatusSchema,
  completenessSchema,
  DISABILITY_ANSWERS,
  peopleTallySchema,
} from '../../domain/casualty';
import { idSchema, noInput } from '../../domain/common';
import { deviceCategorySchema } from '../../domain/devices';
import { DEVICE_FAMILIES } from '../../domain/incident';
import { AGE_GROUPS, PEOPLE_CLASSES, SEXES } from '../../domain/people';
import type { CasualtyYearFigures } from '../../rules/casualties';
import type { CASUALTY_METHODS } from '../methods/casualties';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });

/** An object with one entry per key of a fixed list. */
const each = <K extends string, V extends z.ZodType>(keys: readonly [K, ...K[]], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);

const outcomeTallies = z.object({ killed: peopleTallySchema, injured: peopleTallySchema });
const count = z.number().int();

/** What `casualtiesInYear` returns (shared/rules/casualties.ts), checked on the way out. */
const casualtyYearFiguresSchema = z.object({
  year: count,
  records: z.object({ persons: count, aggregates: count }),
  all: peopleTallySchema,
  byOutcome: outcomeTallies,
  byCivilianStatus: each(CIVILIAN_STATUSES, outcomeTallies),
  byFamily: each(DEVICE_FAMILIES, outcomeTallies),
  byCategory: z.array(
    z.object({ category: deviceCategorySchema, killed: peopleTallySchema, injured: peopleTallySchema }),
  ),
  mineCasualties: outcomeTallies,
  bySexAndAge: z.object({
    killed: each(SEXES, each(AGE_GROUPS, count)),
    injured: each(SEXES, each(AGE_GROUPS, count)),
  }),
  byActivity: each(CASUALTY_ACTIVITIES, count),
  survivorsByDisability: each(DISABILITY_ANSWERS, count),
  byRegion: z.array(
    z.object({
      regionId: idSchema.nullable(),
      nameFr: z.string().nullable(),
      nameEn: z.string().nullable(),
      killed: count,
      injured: count,
    }),
  ),
  cells: z.array(
    z.object({
      peopleClass: z.enum([...PEOPLE_CLASSES, 'notDisaggregated']),
      civilianStatus: civilianStatusSchema,
      category: deviceCategorySchema,
      outcome: casualtyOutcomeSchema,
      count,
    }),
  ),
  completeness: completenessSchema,
  problems: z.array(
    z.object({
      kind: z.enum(['linkedExceedsIncident', 'disagreesWithIncident', 'linkedToDeletedIncident']),
      recordType: z.enum(['incident', 'person']),
      id: idSchema,
      messageKey: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});

// The schema and the rule's type must describe the same thing: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesRule: Same<z.infer<typeof casualtyYearFiguresSchema>, CasualtyYearFigures> = true;
void schemaMatchesRule;

/** Casualties: one record per person where known, aggregate entries otherwise, by sex and age. */
export const casualtyContract = {
  'casualties.listPersons': { input: casualtyPersonListQuerySchema, output: casualtyPersonListResultSchema },
  'casualties.getPerson': { input: byId, output: casualtyPersonRowSchema },
  'casualties.createPerson': { input: casualtyPersonInputSchema, output: casualtyPersonSaveResultSchema },
  'casualties.updatePerson': {
    input: z.strictObject({ id: idSchema, person: casualtyPersonInputSchema }),
    output: casualtyPersonSaveResultSchema,
  },
  'casualties.deletePerson': { input: byId, output: z.object({ id: idSchema }) },
  'casualties.listAggregates': {
    input: casualtyAggregateListQuerySchema,
    output: casualtyAggregateListResultSchema,
  },
  'casualties.getAggregate': { input: byId, output: casualtyAggregateRowSchema },
  'casualties.createAggregate': {
    input: casualtyAggregateInputSchema,
    output: casualtyAggregateSaveResultSchema,
  },
  'casualties.updateAggregate': {
    input: z.strictObject({ id: idSchema, aggregate: casualtyAggregateInputSchema }),
    output: casualtyAggregateSaveResultSchema,
  },
  'casualties.deleteAggregate': { input: byId, output: z.object({ id: idSchema }) },
  /** The casualty figures of one calendar year, persons and aggregate entries together. */
  'casualties.year': { input: casualtyYearQuerySchema, output: casualtyYearFiguresSchema },
  /** The years that hold casualties, for the year selects. */
  'casualties.years': { input: noInput, output: casualtyYearsResultSchema },
} satisfies Record<(typeof CASUALTY_METHODS)[number], MethodSpec>;
