import { createTranslator, type Translate } from '../i18n/index';
import type { Language } from './common';
import { ACTIVATION_MODES, DEVICE_CATEGORIES } from './devices';
import { DESTRUCTION_CONTEXTS } from './destruction';
import { DELIVERY_METHODS, EDUCATION_KINDS } from './education';
import { MAX_AREA_M2 } from './hazard';
import { INCIDENT_TARGETS } from './incident';
import { CASUALTY_ACTIVITIES, CASUALTY_OUTCOMES, DISABILITY_ANSWERS } from './casualty';
import { RELEASE_METHODS } from './landRelease';
import { MINE_ACTION_ACTIVITIES, type MineActionActivity } from './operator';
import { AGE_BANDS, AGE_GROUPS, SEXES } from './people';

/*
 * The operator reporting template (issue 7): the columns of each record type, one source of truth
 * for the template writer, the importer that reads returns back and docs/import-formats.md.
 * Column keys are stable (the importer matches on them through the headers); headers live in the
 * catalogues (`template.column.*`), French and English, so a return in either language is read.
 */

export const TEMPLATE_ID = 'operator-return';
export const TEMPLATE_VERSION = 1;
/** Hidden sheets, named the same in both languages so the importer finds them. */
export const LISTS_SHEET = 'Listes';
export const MARKER_SHEET = 'balise';
/** The defined name that points at the marker's first cell. */
export const MARKER_NAME = 'BALISE_TEMPLATE';
/** Earliest date the template accepts: the Convention was signed in 1997. */
export const FIRST_DATE = '1997-01-01';

export const RECORD_TYPES = [
  'landRelease',
  'destruction',
  'incident',
  'casualty',
  'education',
  'capacity',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const COLUMN_TYPES = ['text', 'date', 'wholeNumber', 'decimal', 'list', 'year', 'quarter'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Drop-down lists: fixed ones from the code's enumerations, the others from the database. */
export const FIXED_LISTS = {
  device: { values: DEVICE_CATEGORIES, labelKey: 'device' },
  activation: { values: ACTIVATION_MODES, labelKey: 'activation' },
  releaseMethod: { values: RELEASE_METHODS, labelKey: 'release.method' },
  sex: { values: SEXES, labelKey: 'people.sex' },
  ageGroup: { values: AGE_GROUPS, labelKey: 'people.ageGroup' },
  ageBand: { values: AGE_BANDS, labelKey: 'people.ageBand' },
  deliveryMethod: { values: DELIVERY_METHODS, labelKey: 'education.method' },
  educationKind: { values: EDUCATION_KINDS, labelKey: 'education.kind' },
  target: { values: INCIDENT_TARGETS, labelKey: 'incident.target' },
  activity: { values: CASUALTY_ACTIVITIES, labelKey: 'casualty.activity' },
  outcome: { values: CASUALTY_OUTCOMES, labelKey: 'casualty.outcome' },
  disability: { values: DISABILITY_ANSWERS, labelKey: 'casualty.disability' },
  destructionContext: { values: DESTRUCTION_CONTEXTS, labelKey: 'destruction.context' },
  yesNo: { values: ['yes', 'no'], labelKey: 'template.yesNo' },
} as const satisfies Record<string, { values: readonly string[]; labelKey: string }>;
export type FixedList = keyof typeof FIXED_LISTS;
export const DATABASE_LISTS = ['region', 'cercle', 'operator', 'language'] as const;
export type DatabaseList = (typeof DATABASE_LISTS)[number];
export type ListName = FixedList | DatabaseList;
/** Order of the lists on the hidden sheet, one column each. */
export const LIST_NAMES: readonly ListName[] = [
  ...DATABASE_LISTS,
  ...(Object.keys(FIXED_LISTS) as FixedList[]),
];

export interface TemplateColumn {
  key: string;
  type: ColumnType;
  required: boolean;
  list?: ListName;
  /** Bounds of a number column (whole numbers default to ≥ 0). */
  min?: number;
  max?: number;
  /** Catalogue key of the header, and its parameters. */
  header: string;
  headerParams?: Record<string, string>;
  width: number;
}

const text = (key: string, required = false, width = 24): TemplateColumn => ({
  key,
  type: 'text',
  required,
  header: `template.column.${key}`,
  width,
});
const date = (key: string, required = true): TemplateColumn => ({
  key,
  type: 'date',
  required,
  header: `template.column.${key}`,
  width: 13,
});
const whole = (key: string, required = false, max = 100_000_000): TemplateColumn => ({
  key,
  type: 'wholeNumber',
  required,
  min: 0,
  max,
  header: `template.column.${key}`,
  width: 12,
});
const list = (key: string, name: ListName, required = true, width = 26): TemplateColumn => ({
  key,
  type: 'list',
  list: name,
  required,
  header: `template.column.${key}`,
  width,
});
const decimal = (key: string, min: number, max: number): TemplateColumn => ({
  key,
  type: 'decimal',
  required: false,
  min,
  max,
  header: `template.column.${key}`,
  width: 12,
});

const place = [list('region', 'region'), list('cercle', 'cercle', false, 20), text('locality')];
const device = [list('deviceCategory', 'device'), list('activation', 'activation', true, 24)];

const teamColumns = (activity: MineActionActivity): TemplateColumn[] =>
  (['teams', 'people'] as const).map((what) => ({
    ...whole(`${what}.${activity}`, false, 100_000),
    header: `template.column.${what}Of`,
    headerParams: { activity: `operator.activity.${activity}` },
  }));

/** The columns of each sheet, in order. `reference` is the operator's own id for the row. */
export const OPERATOR_RETURN_COLUMNS: Record<RecordType, readonly TemplateColumn[]> = {
  landRelease: [
    text('reference', true, 16),
    text('hazardCode', true, 14),
    list('operator', 'operator'),
    list('releaseMethod', 'releaseMethod'),
    date('startDate'),
    date('endDate'),
    whole('cancelledM2', false, MAX_AREA_M2),
    whole('reducedM2', false, MAX_AREA_M2),
    whole('clearedM2', false, MAX_AREA_M2),
    whole('addedM2', false, MAX_AREA_M2),
    list('deviceCategory', 'device', false),
    list('activation', 'activation', false, 24),
    whole('found', false, 1_000_000),
    whole('destroyed', false, 1_000_000),
    list('completed', 'yesNo', true, 10),
    list('handedOver', 'yesNo', true, 10),
    text('source', true, 28),
    text('notes', false, 30),
  ],
  destruction: [
    text('reference', true, 16),
    date('destroyedOn'),
    ...place,
    ...device,
    whole('quantity', true, 1_000_000),
    list('destructionContext', 'destructionContext'),
    list('operator', 'operator', false),
    text('source', true, 28),
    text('notes', false, 30),
  ],
  incident: [
    text('reference', true, 16),
    date('occurredOn'),
    ...place,
    decimal('latitude', -90, 90),
    decimal('longitude', -180, 180),
    ...device,
    list('target', 'target'),
    text('hazardCode', false, 14),
    whole('killed', true, 10_000),
    whole('injured', true, 10_000),
    text('description', false, 30),
    text('reportedBy', true, 24),
    date('reportedOn'),
  ],
  casualty: [
    text('reference', true, 16),
    text('incidentReference', false, 16),
    date('occurredOn'),
    ...place,
    ...device,
    list('activity', 'activity'),
    list('outcome', 'outcome', true, 12),
    list('sex', 'sex', true, 18),
    whole('age', false, 120),
    list('ageBand', 'ageBand', true, 20),
    list('civilianStatus', 'target'),
    list('disability', 'disability', true, 18),
    text('source', true, 28),
    text('notes', false, 30),
  ],
  education: [
    text('reference', true, 16),
    list('educationKind', 'educationKind', true, 14),
    date('startedOn'),
    date('endedOn', false),
    ...place,
    list('deliveryMethod', 'deliveryMethod'),
    list('language', 'language', true, 18),
    list('operator', 'operator'),
    whole('sessionCount', true, 100_000),
    whole('girls'),
    whole('boys'),
    whole('women'),
    whole('men'),
    whole('unknown'),
    whole('total'),
    whole('disabled'),
    whole('massMediaReach'),
    text('targetGroups', false, 24),
    text('source', true, 28),
  ],
  capacity: [
    text('reference', true, 16),
    list('operator', 'operator'),
    {
      key: 'year',
      type: 'year',
      required: true,
      min: 1997,
      max: 2100,
      header: 'template.column.year',
      width: 9,
    },
    {
      key: 'quarter',
      type: 'quarter',
      required: false,
      min: 1,
      max: 4,
      header: 'template.column.quarter',
      width: 9,
    },
    ...MINE_ACTION_ACTIVITIES.flatMap(teamColumns),
    whole('staffOperationalFemale', false, 100_000),
    whole('staffOperationalMale', false, 100_000),
    whole('staffOperationalUnknown', false, 100_000),
    whole('staffManagementFemale', false, 100_000),
    whole('staffManagementMale', false, 100_000),
    whole('staffManagementUnknown', false, 100_000),
    whole('machines', false, 100_000),
    whole('dogs', false, 100_000),
    whole('vehicles', false, 100_000),
    whole('otherAssets', false, 100_000),
    text('source', true, 28),
    text('notes', false, 30),
  ],
};

/** A column's header in one language. */
export function columnHeader(column: TemplateColumn, t: Translate): string {
  const params = Object.fromEntries(
    Object.entries(column.headerParams ?? {}).map(([name, key]) => [name, t(key)]),
  );
  return t(column.header, params);
}

/** A column's headers in both languages, as the importer matches them. */
export function columnHeaders(column: TemplateColumn): Record<Language, string> {
  return {
    fr: columnHeader(column, createTranslator('fr')),
    en: columnHeader(column, createTranslator('en')),
  };
}

/** The label a fixed list shows for a value, in one language. */
export function listLabel(name: FixedList, value: string, t: Translate): string {
  return t(`${FIXED_LISTS[name].labelKey}.${value}`);
}
