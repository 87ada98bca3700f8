import type { ReactNode } from 'react';
import type { Provenance } from '../../../shared/domain/article7';
import { useI18n } from '../../i18n/I18nContext';

export interface Column {
  label: string;
  /** Right-aligned figures. */
  num?: boolean;
}

/** A form's table as the model gives it: cells already formatted for the screen's language. */
export function PreviewTable({
  caption,
  columns,
  rows,
  total,
}: {
  caption: string;
  columns: Column[];
  rows: ReactNode[][];
  total?: ReactNode[] | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap preview-table">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.num ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {t('article7.statement.nothingToReport')}
              </td>
            </tr>
          ) : (
            rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((cell, j) => (
                  <td key={j} className={columns[j]?.num ? 'num' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {total && rows.length > 0 ? (
          <tfoot>
            <tr>
              {total.map((cell, j) => (
                <td key={j} className={columns[j]?.num ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** The sources behind a table, shown on demand (operator and date of the information). */
export function Sources({ provenance }: { provenance: Provenance | Provenance[] }) {
  const { t, date } = useI18n();
  const all = (Array.isArray(provenance) ? provenance : [provenance]).flatMap((p) => p.sources);
  const seen = new Set<string>();
  const sources = all.filter((s) => {
    const key = `${s.source}|${s.operator ?? ''}|${s.date ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (sources.length === 0) return null;
  return (
    <details className="preview-sources">
      <summary>{t('reports.preview.sources', { count: sources.length })}</summary>
      <ul>
        {sources.map((s) => (
          <li key={`${s.source}|${s.operator ?? ''}|${s.date ?? ''}`}>
            {[s.source, s.operator, s.date ? date(s.date) : null].filter(Boolean).join(' · ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
