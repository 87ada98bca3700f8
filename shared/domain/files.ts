import { z } from 'zod';
import { languageSchema } from './common';

/** A generated document, as handlers return it. Transports turn it into a saved file. */
export const fileResultSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
});
export type FileResult = z.infer<typeof fileResultSchema>;

/** What the renderer gets back from a file method, whatever the transport. */
export const savedFileSchema = z.object({
  fileName: z.string(),
  /** Where the file was written; null in the browser harness (a download) or when cancelled. */
  savedPath: z.string().nullable(),
  cancelled: z.boolean(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: 'validation.choice' }),
  lang: languageSchema,
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
