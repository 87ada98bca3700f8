import { useId } from 'react';
import type { SheetPlan } from '../../../shared/domain/importing';
import { useI18n } from '../../i18n/I18nContext';
import { ProgressBar } from './ProgressBar';
import { SheetMapping } from './SheetMapping';
import type { ImportFlow } from './useImportFlow';

/** Step 2: each sheet's record type and columns, then the dry run. */
export function MappingStep({ flow }: { flow: ImportFlow }) {
  const { t } = useI18n();
  const id = useId();
  const { inspection, plan } = flow;
  if (!inspection || !plan) return null;
  const busy = flow.busy !== null;
  const setSheet = (index: number, sheet: SheetPlan) =>
    flow.setPlan({ ...plan, sheets: plan.sheets.map((s, i) => (i === index ? sheet : s)) });
  const nothingToImport = plan.sheets.every((s) => s.kind === null);

  return (
    <section className="panel import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.ui.mapping.title')}</h2>
      <p className="field-hint">{t('import.ui.mapping.hint')}</p>
      {plan.sheets.length === 0 ? <p className="import-warning">{t('import.ui.mapping.noSheets')}</p> : null}
      {plan.sheets.map((sheet, i) => (
        <SheetMapping
          key={sheet.sheet}
          sheet={sheet}
          proposed={inspection.plan.sheets[i] ?? sheet}
          samples={inspection.samples[sheet.sheet]}
          disabled={busy}
          onChange={(s) => setSheet(i, s)}
          matchAs={flow.matchAs}
        />
      ))}
      <div className="import-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || nothingToImport}
          onClick={() => void flow.dryRun()}
        >
          {t('import.ui.mapping.dryRun')}
        </button>
        {nothingToImport && plan.sheets.length > 0 ? (
          <span className="muted">{t('import.ui.mapping.nothing')}</span>
        ) : null}
      </div>
      {flow.busy?.step === 'dryRun' ? <ProgressBar busy={flow.busy} onCancel={flow.cancel} /> : null}
      {flow.stepError && !flow.result ? (
        <p role="alert" className="field-error import-error">
          {t(flow.stepError.messageKey, flow.stepError.params)}
        </p>
      ) : null}
    </section>
  );
}
