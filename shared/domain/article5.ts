import { z } from 'zod';
import type { CountArea, MinedAreaRow, Named, ReleasedByRegion, RemainingByRegion, Tally } from './article7';
import type { Article5Chart, ChartSpec } from '../charts/types';
import type { CapacityTotals } from './capacity';
import type { Language } from './common';
import type { DeviceCategory } from './devices';
import type { AgeGroup, Sex } from './people';
import type { WorkPlan } from './workplan';

/*
 * The Article 5 extension request (issue 6): its sections in the order francophone requests use
 * (domain.md §8), what staff write in them (structured text, never HTML), and the draft's model,
 * whose figures come from the Article 7 model's builders for the same period.
 */

export const REQUEST_KINDS = ['renewal', 'newDeadline'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Generated from the records, written by staff, or both (figures, then the text). */
export type SectionKind = 'generated' | 'written' | 'both';

export interface SectionDefinition {
  id: string;
  /** "14" for a section, null for an Oslo Action Plan subsection (numbered by its parent). */
  number: number | null;
  parent: string | null;
  kind: SectionKind;
}

/**
 * Sections 0–16 of domain.md §8; the subsections the committee has expected since the Oslo
 * Action Plan follow their parent (improvised AP mines under the remaining challenge, the rest
 * under the work plan). Catalogue keys: `article5.section.<id>` and `article5.guidance.<id>`.
 */
export const ARTICLE5_SECTIONS = [
  { id: 'executiveSummary', number: 0, parent: null, kind: 'both' },
  { id: 'origins', number: 1, parent: null, kind: 'written' },
  { id: 'originalChallenge', number: 2, parent: null, kind: 'both' },
  { id: 'identificationMethods', number: 3, parent: null, kind: 'written' },
  { id: 'nationalStructures', number: 4, parent: null, kind: 'written' },
  { id: 'progress', number: 5, parent: null, kind: 'both' },
  { id: 'releaseStandards', number: 6, parent: null, kind: 'written' },
  { id: 'qualityManagement', number: 7, parent: null, kind: 'written' },
  { id: 'excludingCivilians', number: 8, parent: null, kind: 'both' },
  { id: 'resources', number: 9, parent: null, kind: 'both' },
  { id: 'circumstances', number: 10, parent: null, kind: 'written' },
  { id: 'implications', number: 11, parent: null, kind: 'both' },
  { id: 'remainingChallenge', number: 12, parent: null, kind: 'both' },
  { id: 'improvisedMines', number: null, parent: 'remainingChallenge', kind: 'both' },
  { id: 'timeRequested', number: 13, parent: null, kind: 'both' },
  { id: 'workPlan', number: 14, parent: null, kind: 'both' },
  { id: 'resourceMobilisation', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'genderDiversity', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'riskEducationPlan', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'residualCapacity', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'informationManagement', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'environment', number: null, parent: 'workPlan', kind: 'written' },
  { id: 'capacity', number: 15, parent: null, kind: 'both' },
  { id: 'otherInformation', number: 16, parent: null, kind: 'written' },
] as const satisfies readonly SectionDefinition[];

export type SectionId = (typeof ARTICLE5_SECTIONS)[number]['id'];
export const SECTION_IDS = ARTICLE5_SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

/** Staff write in every section but the purely generated ones (none today: all may be annotated). */
export function isWritable(section: SectionDefinition): boolean {
  return section.kind !== 'generated';
}

/** "14.2": a subsection's number is its parent's and its rank among the parent's subsections. */
export function sectionNumber(id: SectionId): string {
  const def = ARTICLE5_SECTIONS.find((s) => s.id === id)!;
  if (def.number !== null) return String(def.number);
  const parent = ARTICLE5_SECTIONS.find((s) => s.id === def.parent)!;
  const rank = ARTICLE5_SECTIONS.filter((s) => s.parent === def.parent).findIndex((s) => s.id === id) + 1;
  return `${parent.number}.${rank}`;
}

// ---- Structured text: paragraphs and bullet lists of runs, bold or italic. ----

export const textRunSchema = z.object({
  text: z.string().max(20_000, { error: 'validation.tooLong' }),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
});
export type TextRun = z.infer<typeof textRunSchema>;

export const textBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), runs: z.array(textRunSchema).max(500) }),
  z.object({ type: z.literal('bullets'), items: z.array(z.array(textRunSchema).max(500)).max(500) }),
]);
export type TextBlock = z.infer<typeof textBlockSchema>;

export const writtenSectionSchema = z.object({
  blocks: z.array(textBlockSchema).max(2000).default([]),
  /** Staff mark a section complete; the marker returns to "started" when it is emptied. */
  complete: z.boolean().default(false),
});
export type WrittenSection = z.infer<typeof writtenSectionSchema>;

export const writtenSectionsSchema = z.partialRecord(z.enum(SECTION_IDS), writtenSectionSchema);
export type WrittenSections = z.infer<typeof writtenSectionsSchema>;

/** The plain text of a block list (search, emptiness, tests). */
export function plainText(blocks: readonly TextBlock[]): string {
  const line = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');
  return blocks
    .flatMap((b) => (b.type === 'paragraph' ? [line(b.runs)] : b.items.map(line)))
    .join('\n')
    .trim();
}

export const COMPLETENESS = ['empty', 'started', 'complete'] as const;
export type Completeness = (typeof COMPLETENESS)[number];

/** Empty until something is written; complete only when marked and not empty. */
export function completenessOf(section: WrittenSection | undefined): Completeness {
  if (!section || plainText(section.blocks) === '') return 'empty';
  return section.complete ? 'complete' : 'started';
}

// ---- The draft's model: every figure from the Article 7 model's builders. ----

export interface RequestFacts {
  title: string;
  kind: RequestKind;
  requestedDeadline: string;
  periodFrom: string;
  periodTo: string;
  language: Language;
  version: number;
  submittedOn: string | null;
}

/** One year of progress: Form C's land released and Form G's devices destroyed for that year. */
export interface ProgressYear {
  year: number;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  apMinesDestroyed: number;
  improvisedApMinesDestroyed: number;
  otherItemsDestroyed: number;
}

export interface ChallengeTable {
  /** The day the areas are counted (end of the day). */
  asOf: string;
  regions: RemainingByRegion[];
  total: Omit<RemainingByRegion, 'regionId' | keyof Named>;
  /** Open areas by device category; an area holding several categories counts under each. */
  byCategory: { category: DeviceCategory; count: number; m2: number }[];
}

export interface CasualtyYear {
  year: number;
  killed: number;
  injured: number;
}

export interface Article5Model {
  request: RequestFacts;
  stateParty: Named & { code: string };
  /** The Convention's deadline as recorded in the profile; null when not recorded. */
  originalDeadline: string | null;
  generatedOn: string;
  years: number[];
  original: ChallengeTable;
  remaining: ChallengeTable;
  progress: {
    byYear: ProgressYear[];
    byRegion: ReleasedByRegion[];
    total: Omit<ReleasedByRegion, 'regionId' | keyof Named>;
  };
  casualties: {
    byYear: CasualtyYear[];
    killed: Tally;
    injured: Tally;
    bySexAndAge: Record<Sex, Record<AgeGroup, number>>;
  };
  education: { sessions: number; beneficiaries: Tally; byRegion: (Named & { beneficiaries: Tally })[] };
  /** Capacity of the period's last year with records: national totals and by operator origin. */
  capacity: {
    year: number | null;
    national: CapacityTotals;
    byOrigin: { national: CapacityTotals; international: CapacityTotals; unstated: CapacityTotals };
  };
  /** The work plan of both scenarios, when the work plan helper's function gives it. */
  workPlans: WorkPlan[];
  /** The four charts in both languages, so a submitted snapshot redraws exactly what was sent. */
  charts: Record<Language, Record<Article5Chart, ChartSpec>>;
  /** The annex: open areas at the period's end, by region then code. */
  areas: MinedAreaRow[];
  sections: WrittenSections;
}

export type { CountArea };
