import type { DryRunResult, ImportCounts } from '../../../shared/domain/importing';
import { useI18n } from '../../i18n/I18nContext';

const COUNTS = ['new', 'updated', 'unchanged', 'rejected'] as const;

/** New, updated, unchanged and rejected rows: one line per sheet, the total at the foot. */
export function CountsTable({ result }: { result: DryRunResult }) {
  const { t, number } = useI18n();
  const cells = (counts: ImportCounts) =>
    COUNTS.map((c) => (
      <td key={c} className={`num${c === 'rejected' && counts.rejected > 0 ? ' import-rejected' : ''}`}>
        {number(counts[c])}
      </td>
    ));
  return (
    <div className="table-wrap import-counts">
      <table className="data-table">
        <caption className="visually-hidden">{t('import.ui.result.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.ui.result.sheet')}</th>
            {COUNTS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`import.ui.count.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.sheets.map((s) => (
            <tr key={s.sheet}>
              <th scope="row">
                {s.sheet}
                <span className="sub">{t(`template.sheet.${s.kind}`)}</span>
              </th>
              {cells(s.counts)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('import.ui.result.total')}</th>
            {cells(result.counts)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
