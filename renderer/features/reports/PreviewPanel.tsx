import type { ReactNode } from 'react';
import {
  ARTICLE7_FORMS,
  type Article7FormId,
  type Article7Model,
  type FormStatus,
} from '../../../shared/domain/article7';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { FormAPreview, FormBPreview, FormCPreview, FormDPreview } from './previewFormsAD';
import { FormEPreview, FormFPreview, FormGPreview, FormHPreview } from './previewFormsEH';
import { FormIPreview, FormJPreview } from './previewFormsIJ';

/** A form's status in words: changed, unchanged since a year, or not applicable. */
export function useStatusLabel(): (status: FormStatus) => string {
  const { t } = useI18n();
  return (status) =>
    status.kind === 'unchanged'
      ? t('article7.status.unchanged', { year: status.lastReportedYear })
      : t(`article7.status.${status.kind}`);
}

function formBody(id: Article7FormId, model: Article7Model): ReactNode {
  switch (id) {
    case 'A':
      return <FormAPreview form={model.forms.A} />;
    case 'B':
      return <FormBPreview form={model.forms.B} />;
    case 'C':
      return <FormCPreview form={model.forms.C} />;
    case 'D':
      return <FormDPreview form={model.forms.D} />;
    case 'E':
      return <FormEPreview form={model.forms.E} />;
    case 'F':
      return <FormFPreview form={model.forms.F} />;
    case 'G':
      return <FormGPreview form={model.forms.G} />;
    case 'H':
      return <FormHPreview form={model.forms.H} />;
    case 'I':
      return <FormIPreview form={model.forms.I} />;
    case 'J':
      return <FormJPreview form={model.forms.J} />;
  }
}

/** Each form as the documents will carry it, from the same model; sources on demand. */
export function PreviewPanel({ id }: { id: string }) {
  const { t } = useI18n();
  const statusLabel = useStatusLabel();
  const model = useApiQuery('reports.model', { id });
  if (model.error) {
    return (
      <p role="alert" className="field-error">
        {t(model.error.messageKey, model.error.params)}
      </p>
    );
  }
  const m = model.value;
  if (!m) return <p className="muted">{t('ui.app.loading')}</p>;
  return (
    <div className="report-preview">
      <nav className="preview-toc" aria-label={t('reports.preview.toc')}>
        {ARTICLE7_FORMS.map((f) => (
          <a
            key={f}
            href={`#form-${f}`}
            onClick={(e) => {
              // Hash routes own the URL's hash: scroll instead of navigating.
              e.preventDefault();
              document.getElementById(`form-${f}`)?.scrollIntoView();
            }}
          >
            {f}
          </a>
        ))}
      </nav>
      {ARTICLE7_FORMS.map((f) => {
        const status = m.status[f];
        return (
          <section
            key={f}
            id={`form-${f}`}
            className="panel preview-form"
            aria-labelledby={`form-${f}-title`}
          >
            <h2 id={`form-${f}-title`}>
              {t('article7.form', { id: f })} — {t(`article7.form.${f}`)}
            </h2>
            <p className={`form-status form-status-${status.kind}`}>{statusLabel(status)}</p>
            {/* A form not applicable has nothing more to show than its status. */}
            {status.kind === 'notApplicable' ? null : formBody(f, m)}
          </section>
        );
      })}
    </div>
  );
}
