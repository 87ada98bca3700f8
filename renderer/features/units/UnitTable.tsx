import type { AdminUnit } from '../../../shared/domain/country';
import { unitName } from '../../../shared/domain/country';
import { useI18n } from '../../i18n/I18nContext';
import { RegionRows, type UnitRowHandlers } from './RegionRows';
import type { ShownGroup } from './unitFilter';

interface UnitTableProps extends UnitRowHandlers {
  shown: readonly ShownGroup[];
  expanded: ReadonlySet<string>;
  searching: boolean;
  /** Cercles whose region is missing: never expected, but listed rather than lost. */
  orphans: readonly AdminUnit[];
}

/** Regions alphabetically, each with its cercles below it when opened. */
export function UnitTable({ shown, expanded, searching, orphans, ...handlers }: UnitTableProps) {
  const { t, lang, number } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table unit-table">
        <caption className="visually-hidden">{t('admin.units.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.units.table.name')}</th>
            <th scope="col">{t('admin.units.table.code')}</th>
            <th scope="col" className="num">
              {t('admin.units.table.cercles')}
            </th>
            <th scope="col" className="num">
              {t('admin.units.table.hazards')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.units.table.actions')}</span>
            </th>
          </tr>
        </thead>
        {shown.map((s) => (
          <RegionRows
            key={s.group.region.id}
            shown={s}
            expanded={expanded.has(s.group.region.id)}
            searching={searching}
            {...handlers}
          />
        ))}
        {orphans.length > 0 ? (
          <tbody className="unit-group">
            <tr className="unit-region">
              <th scope="rowgroup" colSpan={5}>
                {t('admin.units.table.orphans')}
              </th>
            </tr>
            {orphans.map((c) => (
              <tr key={c.id} className="unit-cercle">
                <th scope="row">{unitName(c, lang)}</th>
                <td className="unit-code">{c.code}</td>
                <td className="num" />
                <td className="num">{number(c.hazardCount)}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="link-button" onClick={() => handlers.onEdit(c)}>
                      {t('ui.action.edit')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
