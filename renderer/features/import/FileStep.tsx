import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { ProgressBar } from './ProgressBar';
import type { ImportFlow } from './useImportFlow';

/** Step 1: the file. Its errors sit right under the input, where the user looks after choosing. */
export function FileStep({ flow }: { flow: ImportFlow }) {
  const { t } = useI18n();
  const id = useId();
  const reading = flow.busy?.step === 'upload' || flow.busy?.step === 'inspect';
  return (
    <section className="panel import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.ui.file.title')}</h2>
      <div className={`field import-file${flow.fileError ? ' field-invalid' : ''}`}>
        <p id={`${id}-label`} className="field-label">
          {t('import.ui.file.label')}
        </p>
        <p id={`${id}-hint`} className="field-hint">
          {t('import.ui.file.hint')}
        </p>
        {/* The native input is hidden behind a button-like label: its own text ("Choose File",
            "No file chosen") follows the system's language, not the screen's. */}
        <div className="import-file-picker">
          <input
            id={`${id}-input`}
            className="visually-hidden"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={flow.busy !== null}
            aria-labelledby={`${id}-label`}
            aria-describedby={flow.fileError ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={flow.fileError ? true : undefined}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) reads it again.
              e.target.value = '';
              if (file) void flow.choose(file);
            }}
          />
          <label htmlFor={`${id}-input`} className="button" aria-hidden="true">
            {t('import.ui.file.choose')}
          </label>
          <span className={flow.fileName ? undefined : 'muted'}>
            {flow.fileName ?? t('import.ui.file.none')}
          </span>
        </div>
        {flow.fileError ? (
          <p id={`${id}-error`} role="alert" className="field-error import-error">
            <span className="import-error-title">
              {t('import.ui.file.failed', { file: flow.fileName ?? '' })}
            </span>
            {t(flow.fileError.messageKey, flow.fileError.params)}
          </p>
        ) : null}
      </div>
      {reading && flow.busy ? <ProgressBar busy={flow.busy} onCancel={flow.cancel} /> : null}
      {flow.inspection ? (
        <ul className="import-facts">
          <li>
            {t('import.ui.file.read', {
              file: flow.inspection.fileName,
              format: flow.inspection.format.toUpperCase(),
            })}
          </li>
          {flow.inspection.template ? <li>{t('import.ui.file.template')}</li> : null}
          {flow.inspection.mappingName ? (
            <li>{t('import.ui.file.mappingApplied', { name: flow.inspection.mappingName })}</li>
          ) : (
            <li>{t('import.ui.file.autoMatched')}</li>
          )}
        </ul>
      ) : null}
    </section>
  );
}
