import type {
  DestructionListResult,
  DestructionRow,
  DestructionSortField,
} from '../../../shared/domain/destruction';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { DestructionFilters } from './destructionQuery';

interface Props {
  result: DestructionListResult;
  filters: DestructionFilters;
  onSort: (change: Pick<DestructionFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: DestructionRow) => void;
}

export function DestructionTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, date, number } = useI18n();
  const header = (field: DestructionSortField, label: string, className?: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      onSort={(f) => onSort(nextSort(filters, f))}
      {...(className ? { className } : {})}
    >
      {t(label)}
    </SortableHeader>
  );
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('destruction.list.title')}</caption>
        <thead>
          <tr>
            {header('destroyedOn', 'destruction.field.destroyedOn')}
            {header('region', 'destruction.field.regionId')}
            {header('category', 'destruction.column.device')}
            {header('quantity', 'destruction.field.quantity', 'num')}
            {header('context', 'destruction.field.context')}
            {header('operator', 'destruction.field.operator')}
            <th scope="col">
              <span className="visually-hidden">{t('destruction.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const place = [lang === 'fr' ? row.lowerUnitNameFr : row.lowerUnitNameEn, row.locality]
              .filter((p, i, all) => p && all.indexOf(p) === i)
              .join(' · ');
            return (
              <tr key={row.id}>
                <td className="nowrap">
                  <a href={sectionHash('destruction', row.id)}>{date(row.destroyedOn)}</a>
                </td>
                <td>
                  {lang === 'fr' ? row.regionNameFr : row.regionNameEn}
                  {place ? <span className="sub">{place}</span> : null}
                </td>
                <td>
                  {t(`device.${row.category}`)}
                  {row.reclassifiedBecause ? (
                    <span className="sub" title={t(`reclassification.${row.reclassifiedBecause}`)}>
                      {t('destruction.declaredAs', { category: t(`device.${row.declaredCategory}`) })}
                    </span>
                  ) : null}
                </td>
                <td className="num">{number(row.quantity)}</td>
                <td>
                  {t(`destruction.context.${row.context}`)}
                  {row.lotMineType ? (
                    <span className="sub">
                      {row.lotNumber
                        ? t('destruction.lotLabel', { type: row.lotMineType, lot: row.lotNumber })
                        : row.lotMineType}
                    </span>
                  ) : null}
                </td>
                <td>{row.operator || <span className="muted">—</span>}</td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('destruction', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('destruction.delete.label', { date: date(row.destroyedOn) })}
                      onClick={() => onDelete(row)}
                    >
                      {t('ui.action.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('destruction.list.total', { count: result.total, events: number(result.total) })}
            </th>
            <td className="num">{number(result.totalQuantity)}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
