import { z } from 'zod';
import {
  assistanceYearFiguresSchema,
  victimAssistanceInputSchema,
  victimAssistanceListQuerySchema,
  victimAssistanceListResultSchema,
  victimAssistanceRowSchema,
  victimAssistanceSaveResultSchema,
} from '../../domain/assistance';
import { idSchema, noInput } from '../../domain/common';
import {
  educationYearFiguresSchema,
  riskEducationInputSchema,
  riskEducationListQuerySchema,
  riskEducationListResultSchema,
  riskEducationRowSchema,
  riskEducationSaveResultSchema,
  yearInputSchema,
} from '../../domain/education';
import { spokenLanguageInputSchema, spokenLanguageSchema } from '../../domain/language';
import type { EDUCATION_METHODS } from '../methods/education';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });
const deleted = z.object({ id: idSchema });

/**
 * Risk education sessions and campaigns, victim assistance, beneficiaries by sex and age; the
 * editable list of languages.
 */
export const educationContract = {
  'education.list': { input: riskEducationListQuerySchema, output: riskEducationListResultSchema },
  'education.get': { input: byId, output: riskEducationRowSchema },
  'education.create': { input: riskEducationInputSchema, output: riskEducationSaveResultSchema },
  'education.update': {
    input: z.strictObject({ id: idSchema, record: riskEducationInputSchema }),
    output: riskEducationSaveResultSchema,
  },
  'education.delete': { input: byId, output: deleted },
  /** The yearly indicators (by start date), for the annual summary and the reports. */
  'education.figures': { input: yearInputSchema, output: educationYearFiguresSchema },
  'assistance.list': { input: victimAssistanceListQuerySchema, output: victimAssistanceListResultSchema },
  'assistance.get': { input: byId, output: victimAssistanceRowSchema },
  'assistance.create': { input: victimAssistanceInputSchema, output: victimAssistanceSaveResultSchema },
  'assistance.update': {
    input: z.strictObject({ id: idSchema, record: victimAssistanceInputSchema }),
    output: victimAssistanceSaveResultSchema,
  },
  'assistance.delete': { input: byId, output: deleted },
  'assistance.figures': { input: yearInputSchema, output: assistanceYearFiguresSchema },
  'languages.list': { input: noInput, output: z.array(spokenLanguageSchema) },
  /** Creates (no id) or updates (id) a language of the reference list. */
  'languages.save': { input: spokenLanguageInputSchema, output: spokenLanguageSchema },
  /** Refused while a risk education record names the language. */
  'languages.delete': { input: byId, output: deleted },
} satisfies Record<(typeof EDUCATION_METHODS)[number], MethodSpec>;
