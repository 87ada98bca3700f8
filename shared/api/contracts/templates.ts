import { z } from 'zod';
import { languageSchema } from '../../domain/common';
import { fileResultSchema } from '../../domain/files';
import type { TEMPLATE_METHODS } from '../methods/templates';
import type { MethodSpec } from './spec';

export const templatesContract = {
  /** The operator reporting template, in the language asked, with the database's reference lists. */
  'templates.operatorReturn': {
    input: z.strictObject({ lang: languageSchema }),
    output: fileResultSchema,
  },
} satisfies Record<(typeof TEMPLATE_METHODS)[number], MethodSpec>;
