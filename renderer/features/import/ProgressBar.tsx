import type { ImportProgress } from '../../../shared/domain/importing';
import type { Translate } from '../../../shared/i18n/index';
import { useI18n } from '../../i18n/I18nContext';
import type { Busy } from './useImportFlow';

/** The share done (0–1) and the line under the bar, for each long step. */
function describe(busy: Busy, t: Translate, n: (v: number) => string) {
  if (busy.step === 'upload') {
    const share = busy.total > 0 ? busy.sent / busy.total : null;
    return {
      share,
      text: t('import.ui.progress.upload', {
        sent: n(Math.round(busy.sent / 1024)),
        total: n(Math.round(busy.total / 1024)),
      }),
    };
  }
  const p: ImportProgress | null = busy.progress;
  return {
    share: p?.share ?? null,
    text: t(`import.ui.progress.${busy.step}`, { rows: n(p?.rows ?? 0) }),
  };
}

/**
 * A long step's bar with its rows count, and the button that stops it. A native <progress>:
 * screen readers announce its value; without a known share it shows as indeterminate.
 */
export function ProgressBar({ busy, onCancel }: { busy: Busy; onCancel?: (() => void) | undefined }) {
  const { t, number } = useI18n();
  const { share, text } = describe(busy, t, (v) => number(v));
  return (
    <div className="import-progress" role="status">
      <progress
        max={1}
        {...(share === null ? {} : { value: share })}
        aria-label={t(`import.ui.progress.label.${busy.step}`)}
      />
      <span>{text}</span>
      {onCancel ? (
        <button type="button" className="button button-small" onClick={onCancel}>
          {t(`import.ui.progress.cancel.${busy.step}`)}
        </button>
      ) : null}
    </div>
  );
}
