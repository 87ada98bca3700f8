import { z } from 'zod';
import type { AgeGroup, Sex } from './people';
import type { DeviceCategory } from './devices';
import type { MeasureKind, MeasureStatus } from './measure';
import type { StockpileCategory } from './stockpile';
import type { ConsumptionPurpose } from './retained';
import type { DeliveryMethod } from './education';
import type { AssistanceService } from './assistance';
import type { PeopleTally } from '../rules/people';
import { isoDateSchema, optionalText } from './common';

/*
 * The Article 7 transparency report (Mine Ban Convention; domain.md §7): forms A to J of one
 * reporting period. Not to be confused with the Convention on Cluster Munitions' own forms A–J,
 * whose letters mean other things.
 *
 * Three parts live here, shared by the model builder (main/documents/article7/model), the writers
 * (xlsx, docx), the report versions and the Reports screen:
 * - `Article7Written`: what staff write for a report (forms E, F, H, the text of I and J, the
 *   contact of the cover), stored with each report version and carried forward to the next one;
 * - `Article7Model`: every figure and row of the report, from the records, with its provenance;
 * - statuses: each form is changed, unchanged since a given report, or not applicable.
 * The model is language-neutral: it carries codes and both names; writers pick the language.
 */

export const ARTICLE7_FORMS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;
export type Article7FormId = (typeof ARTICLE7_FORMS)[number];

/** A reporting period, both days included (calendar year by default; Mali's 2024 report: May–April). */
export interface ReportPeriod {
  from: string;
  to: string;
}

// ─── Written by staff, stored with each report version ───────────────────────────────────────

/** A text the report may carry in either language: French is the working language. */
const bilingual = z.object({ fr: optionalText(8000), en: optionalText(8000) });
export type BilingualText = z.infer<typeof bilingual>;
const EMPTY_TEXT: BilingualText = { fr: '', en: '' };

export const facilityRowSchema = z.object({
  facility: optionalText(300),
  action: z.enum(['convert', 'decommission'], { error: 'validation.choice' }),
  status: z.enum(['inProgress', 'completed'], { error: 'validation.choice' }),
  notes: bilingual.default(EMPTY_TEXT),
});
export const programmeRowSchema = z.object({
  kind: z.enum(['stockpiles', 'minedAreas'], { error: 'validation.choice' }),
  methods: bilingual.default(EMPTY_TEXT),
  sites: bilingual.default(EMPTY_TEXT),
  standards: bilingual.default(EMPTY_TEXT),
});
export const technicalRowSchema = z.object({
  mineType: optionalText(100),
  dimensions: optionalText(300),
  fuzing: optionalText(300),
  explosiveType: optionalText(100),
  explosiveGrams: z.number().nonnegative().nullable(),
  metallicGrams: z.number().nonnegative().nullable(),
  otherData: bilingual.default(EMPTY_TEXT),
});

export const article7WrittenSchema = z.object({
  /** The cover's contact point; the country profile's focal point fills it at first. */
  contact: z
    .object({
      name: optionalText(200),
      organisation: optionalText(300),
      phone: optionalText(100),
      email: optionalText(200),
    })
    .default({ name: '', organisation: '', phone: '', email: '' }),
  /** Forms the user declares not applicable (e.g. E when the State never produced mines). */
  notApplicable: z.array(z.enum(ARTICLE7_FORMS)).default([]),
  facilities: z.array(facilityRowSchema).default([]),
  programmes: z.array(programmeRowSchema).default([]),
  technical: z.array(technicalRowSchema).default([]),
  /** Form I beside the risk education figures: marking, fencing, other warnings. */
  warnings: bilingual.default(EMPTY_TEXT),
  /** Form J: cooperation and assistance; gender and diversity; anything else. */
  cooperation: bilingual.default(EMPTY_TEXT),
  gender: bilingual.default(EMPTY_TEXT),
  other: bilingual.default(EMPTY_TEXT),
});
export type Article7Written = z.infer<typeof article7WrittenSchema>;
export type Article7WrittenDraft = z.input<typeof article7WrittenSchema>;
export const EMPTY_WRITTEN: Article7Written = article7WrittenSchema.parse({});

export const reportPeriodSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, { message: 'article7.errors.periodOrder', path: ['to'] });

// ─── Provenance ──────────────────────────────────────────────────────────────────────────────

export const RECORD_TYPES = [
  'hazardousArea',
  'landRelease',
  'destruction',
  'stockpileLot',
  'retainedItem',
  'retainedMovement',
  'measure',
  'riskEducation',
  'victimAssistance',
  'casualtyPerson',
  'casualtyAggregate',
  'incident',
  /** A region named by a reconciliation problem (its figures do not add up). */
  'adminUnit',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** One record's source, as a repository reads it for provenance: the text, who, and when. */
export interface RecordSource {
  id: string;
  source: string;
  operator: string | null;
  date: string | null;
}

/** The records behind a row or a table, and where their information came from. */
export interface Provenance {
  records: { type: RecordType; id: string }[];
  /** Distinct sources of those records (the record's `source`, its operator, its date). */
  sources: { source: string; operator: string | null; date: string | null }[];
}

// ─── The model ───────────────────────────────────────────────────────────────────────────────

export type FormStatus =
  | { kind: 'changed' }
  /** Nothing changed since the last submitted report: the cover says so with that report's year. */
  | { kind: 'unchanged'; lastReportedYear: number }
  | { kind: 'notApplicable' };

export interface Named {
  nameFr: string;
  nameEn: string;
}

export interface FormA {
  measures: {
    id: string;
    kind: MeasureKind;
    status: MeasureStatus;
    title: BilingualText;
    reference: string;
    adoptedOn: string | null;
    summary: BilingualText;
    supplementaryInfo: string;
  }[];
  provenance: Provenance;
}

export interface StockpileRow {
  mineType: string;
  category: StockpileCategory;
  /** Held at the end of the period (declared − destroyed up to then). */
  quantity: number;
  lotNumbers: string[];
  holder: string;
  provenance: Provenance;
}
export interface FormB {
  stockpiles: StockpileRow[];
  total: number;
  /** Previously unknown stockpiles found after the stockpile deadline: the second table. */
  previouslyUnknown: (StockpileRow & { foundOn: string | null })[];
  previouslyUnknownTotal: number;
}

export interface MinedAreaRow {
  id: string;
  code: string;
  name: string;
  region: Named;
  lowerUnit: Named | null;
  locality: string;
  latitude: number | null;
  longitude: number | null;
  /** Categories after the Convention's rule, AP mines (factory-made and improvised) first. */
  deviceCategories: DeviceCategory[];
  /** Estimated quantity of devices where recorded, else null. */
  estimatedDevices: number | null;
  recordedOn: string;
  remainingM2: number;
  provenance: Provenance;
}
export interface CountArea {
  count: number;
  m2: number;
}
export interface RemainingByRegion extends Named {
  regionId: string;
  confirmed: CountArea;
  suspected: CountArea;
  total: CountArea;
  /** Of the total: areas holding improvised AP mines (Oslo Action Plan: reported apart). */
  improvisedApMines: CountArea;
}
export interface ReleasedByRegion extends Named {
  regionId: string;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  apMinesDestroyed: number;
  improvisedApMinesDestroyed: number;
  otherItemsDestroyed: number;
}
export interface FormC {
  /** Open areas at the end of the period, confirmed (known) and suspected. */
  known: MinedAreaRow[];
  suspected: MinedAreaRow[];
  remaining: {
    asOf: string;
    regions: RemainingByRegion[];
    total: Omit<RemainingByRegion, 'regionId' | keyof Named>;
  };
  released: { regions: ReleasedByRegion[]; total: Omit<ReleasedByRegion, 'regionId' | keyof Named> };
  /** remaining(end) = remaining(start) + new − cancelled − reduced − cleared, and what breaks it. */
  reconciliation: {
    startM2: number;
    newM2: number;
    cancelledM2: number;
    reducedM2: number;
    clearedM2: number;
    endM2: number;
    balanced: boolean;
    problems: {
      messageKey: string;
      params: Record<string, string | number>;
      record: { type: RecordType; id: string };
    }[];
  };
}

export interface RetainedRow {
  institution: string;
  mineType: string;
  lotNumbers: string[];
  quantity: number;
  provenance: Provenance;
}
export interface FormD {
  /** Held at the end of the period for training or development. */
  retained: RetainedRow[];
  retainedTotal: number;
  /** Transferred in the period: to another institution for those purposes, and for destruction. */
  transferredForTraining: RetainedRow[];
  transferredForDestruction: RetainedRow[];
  /** Intended purpose and actual use in the period, per institution and type. */
  use: {
    institution: string;
    mineType: string;
    atStart: number;
    added: number;
    consumed: Record<ConsumptionPurpose, number>;
    consumedTotal: number;
    transferred: number;
    atEnd: number;
    purposes: string;
    provenance: Provenance;
  }[];
}

export interface FormG {
  /** Article 4: stockpiled AP mines destroyed in the period. */
  stockpileDestroyed: { mineType: string; quantity: number; lotNumbers: string[]; provenance: Provenance }[];
  /** Article 5: destroyed in mined areas in the period, by category after the Convention's rule. */
  minedAreasDestroyed: { category: DeviceCategory; quantity: number; provenance: Provenance }[];
  previouslyUnknownDestroyed: { mineType: string; quantity: number; provenance: Provenance }[];
  apMinesTotal: number;
}

/** Girls, boys, women, men, unknown and total-only people: never only a total. */
export type Tally = PeopleTally;

export interface FormI {
  warnings: BilingualText;
  education: {
    records: number;
    sessions: number;
    beneficiaries: Tally;
    disabled: number;
    massMediaReach: number;
    byMethod: { method: DeliveryMethod; records: number; beneficiaries: Tally; massMediaReach: number }[];
    byLanguage: (Named & { code: string; records: number; beneficiaries: Tally })[];
    byRegion: (Named & { regionId: string; records: number; beneficiaries: Tally })[];
    provenance: Provenance;
  };
}

export interface FormJ {
  assistance: {
    beneficiaries: Tally;
    byService: { service: AssistanceService; beneficiaries: Tally }[];
    provenance: Provenance;
  };
  casualties: {
    killed: Tally;
    injured: Tally;
    /** Sex × age group of killed and injured together; unknowns their own row and column. */
    bySexAndAge: Record<Sex, Record<AgeGroup, number>>;
    /** Of which AP mines (factory-made and improvised). */
    mineCasualties: { killed: number; injured: number };
    civilians: { killed: number; injured: number };
    provenance: Provenance;
  };
  cooperation: BilingualText;
  gender: BilingualText;
  other: BilingualText;
}

export interface Article7Model {
  period: ReportPeriod;
  /** ISO date the model was built (the document's date until it is submitted). */
  generatedOn: string;
  cover: {
    stateParty: Named & { code: string };
    contact: Article7Written['contact'];
    /** Null while a draft. */
    submittedOn: string | null;
    version: number;
  };
  status: Record<Article7FormId, FormStatus>;
  forms: {
    A: FormA;
    B: FormB;
    C: FormC;
    D: FormD;
    E: { facilities: Article7Written['facilities'] };
    F: { programmes: Article7Written['programmes'] };
    G: FormG;
    H: { technical: Article7Written['technical'] };
    I: FormI;
    J: FormJ;
  };
}
