import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { CountsTable } from './CountsTable';
import { baseName } from './mapping';
import { ProblemsTable } from './ProblemsTable';
import { ProgressBar } from './ProgressBar';
import { UnmatchedValues } from './UnmatchedValues';
import type { ImportFlow } from './useImportFlow';

/** Step 3: what the dry run found, the values to map, and the import itself. */
export function ResultStep({ flow, onCommitted }: { flow: ImportFlow; onCommitted: () => void }) {
  const { t, number } = useI18n();
  const id = useId();
  const [mappingName, setMappingName] = useState(() => baseName(flow.inspection?.fileName ?? ''));
  const { result, plan } = flow;
  if (!result || !plan) return null;
  const busy = flow.busy !== null;
  const accepted = result.counts.new + result.counts.updated;
  // A file goes in whole or not at all: one rejected row stops the import until it is corrected.
  const canImport = !busy && !result.cancelled && result.counts.rejected === 0 && accepted > 0;

  const blocked = result.cancelled || result.counts.rejected > 0;
  const why = result.cancelled
    ? t('import.ui.commit.whyCancelled')
    : result.counts.rejected > 0
      ? t('import.ui.commit.whyRejected', {
          count: result.counts.rejected,
          n: number(result.counts.rejected),
        })
      : accepted === 0
        ? t('import.ui.commit.whyNothing')
        : t('import.ui.commit.summary', {
            created: number(result.counts.new),
            updated: number(result.counts.updated),
          });

  const commit = async () => {
    const name = mappingName.trim();
    const record = await flow.commit(name === '' ? null : name);
    if (record) onCommitted();
  };

  return (
    <section className="panel import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.ui.result.title')}</h2>
      {result.cancelled ? (
        <p className="import-warning" role="alert">
          {t('import.ui.result.cancelled')}
        </p>
      ) : null}
      <CountsTable result={result} />
      <ProblemsTable result={result} />
      <UnmatchedValues
        unmatched={result.unmatched}
        plan={plan}
        disabled={busy}
        onMap={(next) => void flow.dryRun(next)}
      />
      {flow.busy?.step === 'dryRun' ? <ProgressBar busy={flow.busy} onCancel={flow.cancel} /> : null}
      <div className="import-commit">
        <h3>{t('import.ui.commit.title')}</h3>
        <p>{t('import.ui.commit.allOrNothing')}</p>
        <div className="field import-mapping-name">
          <label htmlFor={`${id}-name`}>{t('import.ui.commit.saveAs')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('import.ui.commit.saveAsHint')}
          </p>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={120}
            value={mappingName}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setMappingName(e.target.value)}
            disabled={busy}
          />
        </div>
        <div className="import-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!canImport}
            aria-describedby={`${id}-why`}
            onClick={() => void commit()}
          >
            {canImport
              ? t('import.ui.commit.button', { count: accepted, n: number(accepted) })
              : t('import.ui.commit.title')}
          </button>
          <span id={`${id}-why`} className={blocked ? 'import-warning' : 'muted'}>
            {why}
          </span>
        </div>
        {flow.busy?.step === 'commit' ? <ProgressBar busy={flow.busy} /> : null}
        {flow.stepError ? (
          <p role="alert" className="field-error import-error">
            {t(flow.stepError.messageKey, flow.stepError.params)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
