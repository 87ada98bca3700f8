import { useState } from 'react';
import { PROBLEMS_SHOWN, type DryRunResult } from '../../../shared/domain/importing';
import { callApi } from '../../api/client';
import { useI18n } from '../../i18n/I18nContext';
import { useSavedFileNotice } from '../reports/savedFile';

/**
 * The problems found, as a plain table (hundreds of rows must stay light: no component per row),
 * and the export of the whole list to send back to the operator.
 */
export function ProblemsTable({ result }: { result: DryRunResult }) {
  const { t, number, lang } = useI18n();
  const savedNotice = useSavedFileNotice();
  const [exporting, setExporting] = useState(false);
  const shown = result.problems.slice(0, PROBLEMS_SHOWN);
  const more = result.problemCount - shown.length;

  const exportList = async () => {
    setExporting(true);
    const r = await callApi('imports.problems', { sessionId: result.sessionId, lang });
    setExporting(false);
    savedNotice(r);
  };

  if (result.problemCount === 0) return <p className="import-ok">{t('import.ui.problems.none')}</p>;
  return (
    <div className="import-problems">
      <div className="import-subhead">
        <h3>
          {t('import.ui.problems.title', { count: result.problemCount, n: number(result.problemCount) })}
        </h3>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportList()}>
          {exporting ? t('ui.export.working') : t('import.ui.problems.export')}
        </button>
      </div>
      <div className="table-wrap import-problem-list">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.ui.problems.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.ui.problems.sheet')}</th>
              <th scope="col" className="num">
                {t('import.ui.problems.row')}
              </th>
              <th scope="col">{t('import.ui.problems.column')}</th>
              <th scope="col">{t('import.ui.problems.message')}</th>
              <th scope="col">{t('import.ui.problems.value')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i}>
                <td>{p.sheet}</td>
                <td className="num">{number(p.row)}</td>
                <td>{p.column || <span className="muted">{t('import.ui.problems.wholeRow')}</span>}</td>
                <td>{t(p.messageKey, p.params)}</td>
                <td className="import-value">{p.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="import-warning">{t('import.ui.problems.more', { count: more, n: number(more) })}</p>
      ) : null}
    </div>
  );
}
