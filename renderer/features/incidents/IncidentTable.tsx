import {
  victimActivation,
  type IncidentListResult,
  type IncidentListRow,
  type IncidentSortField,
} from '../../../shared/domain/incident';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { IncidentFilters } from './incidentQuery';

interface Props {
  result: IncidentListResult;
  filters: IncidentFilters;
  onSort: (change: Pick<IncidentFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: IncidentListRow) => void;
}

/** The device as every figure counts it, with what was declared and why it was reclassified. */
function DeviceCell({ row }: { row: IncidentListRow }) {
  const { t } = useI18n();
  return (
    <td className="incident-device">
      {t(`device.${row.category}`)}
      {row.reclassifiedBecause ? (
        <>
          <span className="sub">
            {t('incident.declaredAs', { category: t(`device.${row.declaredCategory}`) })}
          </span>
          <span className="sub reclassification-note">
            {t(`reclassification.${row.reclassifiedBecause}`)}
          </span>
        </>
      ) : null}
      {row.hazardCode ? <span className="sub">{t('incident.inArea', { code: row.hazardCode })}</span> : null}
    </td>
  );
}

export function IncidentTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, date, number } = useI18n();
  const header = (field: IncidentSortField, label: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      onSort={(f) => onSort(nextSort(filters, f))}
    >
      {t(label)}
    </SortableHeader>
  );
  return (
    <div className="table-wrap">
      <table className="data-table incident-table">
        <caption className="visually-hidden">{t('incident.list.title')}</caption>
        <thead>
          <tr>
            {header('occurredOn', 'incident.column.date')}
            {header('region', 'incident.column.place')}
            {header('category', 'incident.column.device')}
            <th scope="col">{t('incident.column.victimActivated')}</th>
            <th scope="col">{t('incident.column.target')}</th>
            <th scope="col" className="num">
              {t('incident.column.killed')}
            </th>
            <th scope="col" className="num">
              {t('incident.column.injured')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('incident.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const region = lang === 'fr' ? row.regionNameFr : row.regionNameEn;
            const cercle = lang === 'fr' ? row.lowerUnitNameFr : row.lowerUnitNameEn;
            return (
              <tr key={row.id}>
                <td className="nowrap">
                  <a href={sectionHash('incidents', row.id)}>{date(row.occurredOn)}</a>
                </td>
                <td>
                  {region}
                  {cercle || row.locality ? (
                    <span className="sub">{[row.locality, cercle].filter(Boolean).join(', ')}</span>
                  ) : null}
                </td>
                <DeviceCell row={row} />
                <td>{t(`incident.victim.${victimActivation(row.activation)}`)}</td>
                <td>{t(`incident.target.${row.target}`)}</td>
                <td className="num">{number(row.killedTotal)}</td>
                <td className="num">{number(row.injuredTotal)}</td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('incidents', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('incident.list.deleteRow', { date: date(row.occurredOn), region })}
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
            <th scope="row" colSpan={5}>
              {t('incident.list.total', { count: result.total, incidents: number(result.total) })}
            </th>
            <td className="num">{number(result.killedTotal)}</td>
            <td className="num">{number(result.injuredTotal)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
