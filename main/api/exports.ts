import { MEDIA_TYPES } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import { buildRegisterModel } from '../documents/register/model';
import { writeRegisterDocx } from '../documents/register/docx';
import { writeRegisterXlsx } from '../documents/register/xlsx';
import type { HandlerTable } from './types';

export const exportHandlers = {
  /** The hazardous area register as xlsx (every area) or docx (one-page summary). */
  'exports.register': async (ctx, { format, lang }) => {
    const now = ctx.now();
    const model = buildRegisterModel(ctx.repos, now);
    const t = createTranslator(lang);
    const bytes =
      format === 'xlsx' ? await writeRegisterXlsx(model, lang) : await writeRegisterDocx(model, lang);
    const country = model.profile?.iso3 ?? 'XXX';
    return {
      fileName: `${t('documents.register.fileName')}-${country}-${model.generatedOn}.${format}`,
      mediaType: MEDIA_TYPES[format],
      bytes,
    };
  },
} satisfies Partial<HandlerTable>;
