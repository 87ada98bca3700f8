import type {
  CasualtyPersonListResult,
  CasualtyPersonRow,
  CasualtyPersonSortField,
} from '../../../shared/domain/casualty';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import { DeviceCell, PersonCell } from './cells';
import type { PersonFilters } from './personQuery';

interface Props {
  result: CasualtyPersonListResult;
  filters: PersonFilters;
  onSort: (change: Pick<PersonFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: CasualtyPersonRow) => void;
}

/** The linked incident's date, or why there is none. */
function IncidentCell({ row }: { row: CasualtyPersonRow }) {
  const { t, date } = useI18n();
  if (row.incidentId === null) return <td className="muted">{t('casualty.column.noIncident')}</td>;
  if (row.incidentOccurredOn === null) {
    return <td className="casualty-warning">{t('casualty.column.incidentDeleted')}</td>;
  }
  return (
    <td className="nowrap">
      <a href={sectionHash('incidents', row.incidentId)}>{date(row.incidentOccurredOn)}</a>
    </td>
  );
}

export function PersonTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, date, number } = useI18n();
  const header = (field: CasualtyPersonSortField, label: string) => (
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
      <table className="data-table casualty-table">
        <caption className="visually-hidden">{t('casualty.list.title')}</caption>
        <thead>
          <tr>
            {header('occurredOn', 'casualty.column.date')}
            {header('region', 'casualty.column.place')}
            <th scope="col">{t('casualty.column.person')}</th>
            <th scope="col">{t('casualty.column.outcome')}</th>
            <th scope="col">{t('casualty.column.status')}</th>
            {header('category', 'casualty.column.device')}
            <th scope="col">{t('casualty.column.activity')}</th>
            <th scope="col">{t('casualty.column.incident')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('casualty.list.actions')}</span>
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
                  <a href={sectionHash('casualties', row.id)}>{date(row.occurredOn)}</a>
                </td>
                <td>
                  {region}
                  {cercle || row.locality ? (
                    <span className="sub">{[row.locality, cercle].filter(Boolean).join(', ')}</span>
                  ) : null}
                </td>
                <PersonCell row={row} />
                <td>
                  <span className={`casualty-outcome casualty-outcome-${row.outcome}`}>
                    {t(`casualty.outcome.${row.outcome}`)}
                  </span>
                </td>
                <td>{t(`incident.target.${row.civilianStatus}`)}</td>
                <DeviceCell row={row} />
                <td>{t(`casualty.activity.${row.activity}`)}</td>
                <IncidentCell row={row} />
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('casualties', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('casualty.list.deleteRow', { date: date(row.occurredOn), region })}
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
            <th scope="row" colSpan={9}>
              {t('casualty.list.total', {
                count: result.total,
                people: number(result.total),
                killed: number(result.killed),
                killedCount: result.killed,
                injured: number(result.injured),
                injuredCount: result.injured,
              })}
            </th>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
