import { z } from 'zod';
import {
  REQUEST_KINDS,
  SECTION_IDS,
  textBlockSchema,
  writtenSectionSchema,
  writtenSectionsSchema,
} from '../../domain/article5';
import { idSchema, isoDateSchema, languageSchema, noInput, requiredText } from '../../domain/common';
import { fileResultSchema } from '../../domain/files';
import type { REQUEST_METHODS } from '../methods/requests';
import type { MethodSpec } from './spec';

/*
 * Article 5 extension requests. A request states the deadline asked for and the period its
 * progress covers; its versions hold the written sections. A submitted version is frozen with the
 * snapshot of its model; a new version starts from a copy of another's sections.
 */

export const VERSION_STATUSES = ['draft', 'submitted'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const requestInputSchema = z
  .strictObject({
    title: requiredText(300),
    kind: z.enum(REQUEST_KINDS, { error: 'validation.choice' }),
    requestedDeadline: isoDateSchema,
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    language: languageSchema,
  })
  .refine((r) => r.periodFrom <= r.periodTo, { error: 'article5.errors.periodOrder', path: ['periodTo'] })
  .refine((r) => r.requestedDeadline > r.periodTo, {
    error: 'article5.errors.deadlineAfterPeriod',
    path: ['requestedDeadline'],
  });
export type RequestInput = z.infer<typeof requestInputSchema>;

export const versionSummarySchema = z.object({
  id: idSchema,
  requestId: idSchema,
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  submittedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const requestSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.enum(REQUEST_KINDS),
  requestedDeadline: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  language: languageSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Newest first. */
  versions: z.array(versionSummarySchema),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestVersionSchema = versionSummarySchema.extend({
  sections: writtenSectionsSchema,
  request: requestSummarySchema,
});
export type RequestVersion = z.infer<typeof requestVersionSchema>;

const byId = z.strictObject({ id: idSchema });

export const requestContract = {
  'requests.list': { input: noInput, output: z.array(requestSummarySchema) },
  'requests.get': { input: byId, output: requestSummarySchema },
  /** A request and its first draft. */
  'requests.create': { input: requestInputSchema, output: requestVersionSchema },
  'requests.version': { input: byId, output: requestVersionSchema },
  'requests.saveSection': {
    input: z.strictObject({ id: idSchema, section: z.enum(SECTION_IDS), written: writtenSectionSchema }),
    output: requestVersionSchema,
  },
  /** The executive summary drafted from the figures, for staff to start from. */
  'requests.summaryDraft': {
    input: z.strictObject({ id: idSchema, lang: languageSchema }),
    output: z.array(textBlockSchema),
  },
  'requests.submit': { input: byId, output: requestVersionSchema },
  /** A new draft of the version's request, its sections copied from that version. */
  'requests.newVersion': { input: byId, output: requestVersionSchema },
  'requests.export': {
    input: z.strictObject({ id: idSchema, lang: languageSchema }),
    output: fileResultSchema,
  },
} satisfies Record<(typeof REQUEST_METHODS)[number], MethodSpec>;
