import { z } from 'zod';
import { idSchema, languageSchema, optionalText, requiredText, type Language } from './common';
import { ALWAYS, listYearSchema, pastDateSchema, searchSchema } from './stockpile';

/**
 * National implementation measures (Article 9; Article 7 form A): laws, regulations and other
 * measures, penal sanctions included. French is the working language, so the French title is
 * required and the English text is added when the report must go out in English.
 */
export const MEASURE_KINDS = ['legislative', 'administrative', 'penal', 'other'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const measureKindSchema = z.enum(MEASURE_KINDS, { error: 'validation.choice' });

export const MEASURE_STATUSES = ['inForce', 'inPreparation'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const measureStatusSchema = z.enum(MEASURE_STATUSES, { error: 'validation.choice' });

export const measureInputSchema = z
  .object({
    kind: measureKindSchema,
    titleFr: requiredText(300),
    titleEn: optionalText(300),
    summaryFr: optionalText(4000),
    summaryEn: optionalText(4000),
    /** As the text itself is cited, e.g. "Loi n° 98-…" or "Décret n° …". */
    reference: optionalText(200),
    adoptedOn: pastDateSchema.nullable(),
    status: measureStatusSchema,
    supplementaryInfo: optionalText(4000),
    source: requiredText(300),
  })
  .superRefine((m, ctx) => {
    if (m.status === 'inForce' && m.adoptedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['adoptedOn'], message: 'measure.errors.adoptedOnRequired' });
    }
    if (m.status === 'inPreparation' && typeof m.adoptedOn === 'string') {
      ctx.addIssue({ code: 'custom', path: ['adoptedOn'], message: 'measure.errors.notYetAdopted' });
    }
  }, ALWAYS);
export type MeasureInput = z.infer<typeof measureInputSchema>;
export type MeasureInputDraft = z.input<typeof measureInputSchema>;

export const nationalMeasureSchema = z.object({
  id: idSchema,
  kind: measureKindSchema,
  titleFr: z.string(),
  titleEn: z.string(),
  summaryFr: z.string(),
  summaryEn: z.string(),
  reference: z.string(),
  adoptedOn: z.string().nullable(),
  status: measureStatusSchema,
  supplementaryInfo: z.string(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NationalMeasure = z.infer<typeof nationalMeasureSchema>;

/**
 * A measure's title and summary in `lang`, falling back to French (always present) when the
 * English text has not been written yet; `translated` says whether the fallback was needed.
 */
export function measureText(
  m: Pick<NationalMeasure, 'titleFr' | 'titleEn' | 'summaryFr' | 'summaryEn'>,
  lang: Language,
): { title: string; summary: string; lang: Language; fallback: boolean } {
  if (lang === 'en' && m.titleEn !== '') {
    return { title: m.titleEn, summary: m.summaryEn || m.summaryFr, lang: 'en', fallback: false };
  }
  return { title: m.titleFr, summary: m.summaryFr, lang: 'fr', fallback: lang !== 'fr' };
}

export const MEASURE_SORT_FIELDS = ['adoptedOn', 'title', 'kind', 'status', 'reference'] as const;
export type MeasureSortField = (typeof MEASURE_SORT_FIELDS)[number];

export const measureListQuerySchema = z.object({
  search: searchSchema,
  kind: measureKindSchema.optional(),
  status: measureStatusSchema.optional(),
  /** Year of adoption. */
  year: listYearSchema,
  sort: z.enum(MEASURE_SORT_FIELDS).default('adoptedOn'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  /** Titles sort in the language they are read in. */
  lang: languageSchema.default('fr'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type MeasureListQuery = z.input<typeof measureListQuerySchema>;

export const measureListResultSchema = z.object({
  rows: z.array(nationalMeasureSchema),
  total: z.number().int(),
});
export type MeasureListResult = z.infer<typeof measureListResultSchema>;
