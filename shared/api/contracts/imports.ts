import { z } from 'zod';
import { idSchema, noInput } from '../../domain/common';
import { fileResultSchema } from '../../domain/files';
import {
  commitRequestSchema,
  dryRunRequestSchema,
  dryRunResultSchema,
  importKindSchema,
  importProgressSchema,
  importRecordSchema,
  importUploadSchema,
  inspectionSchema,
  mappingNameSchema,
  problemsExportSchema,
  savedMappingSchema,
  sessionIdSchema,
} from '../../domain/importing';
import type { IMPORT_METHODS } from '../methods/imports';
import type { MethodSpec } from './spec';

const bySession = z.strictObject({ sessionId: sessionIdSchema });

/**
 * An import is a session in the main process: the file arrives in pieces, is inspected, checked
 * (dry run, as often as the user corrects the mapping) and committed or closed.
 */
export const importsContract = {
  'imports.upload': {
    input: importUploadSchema,
    output: z.object({ sessionId: sessionIdSchema, received: z.int() }),
  },
  /** `kind` reads every data sheet as that record type; `mapping` applies a saved mapping by name. */
  'imports.inspect': {
    input: z.strictObject({
      sessionId: sessionIdSchema,
      kind: importKindSchema.optional(),
      mapping: mappingNameSchema.optional(),
    }),
    output: inspectionSchema,
  },
  'imports.dryRun': { input: dryRunRequestSchema, output: dryRunResultSchema },
  /** Polled by the screen while a dry run or commit works. */
  'imports.progress': { input: bySession, output: importProgressSchema },
  'imports.cancel': { input: bySession, output: z.object({ cancelled: z.boolean() }) },
  'imports.commit': { input: commitRequestSchema, output: importRecordSchema },
  'imports.close': { input: bySession, output: z.object({ closed: z.boolean() }) },
  'imports.problems': { input: problemsExportSchema, output: fileResultSchema },
  'imports.list': { input: noInput, output: z.array(importRecordSchema) },
  'imports.undo': { input: z.strictObject({ id: idSchema }), output: importRecordSchema },
  'imports.mappings': { input: noInput, output: z.array(savedMappingSchema) },
  'imports.deleteMapping': {
    input: z.strictObject({ name: mappingNameSchema }),
    output: z.object({ deleted: z.boolean() }),
  },
} satisfies Record<(typeof IMPORT_METHODS)[number], MethodSpec>;
