import { MEDIA_TYPES } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import { buildTemplateModel } from '../documents/template/model';
import { writeOperatorReturnTemplate } from '../documents/template/xlsx';
import type { HandlerTable } from './types';

export const templateHandlers = {
  /** The operator reporting template (issue 7): an xlsx with the database's reference lists. */
  'templates.operatorReturn': async (ctx, { lang }) => {
    const model = buildTemplateModel(ctx.repos, lang, ctx.now());
    const bytes = await writeOperatorReturnTemplate(model);
    const t = createTranslator(lang);
    return {
      fileName: `${t('template.fileName')}-${model.generatedOn}.xlsx`,
      mediaType: MEDIA_TYPES.xlsx,
      bytes,
    };
  },
} satisfies Partial<HandlerTable>;
