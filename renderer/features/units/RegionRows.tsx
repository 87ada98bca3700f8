import { unitName, type AdminUnit } from '../../../shared/domain/country';
import { LANGUAGES } from '../../../shared/domain/common';
import { useI18n } from '../../i18n/I18nContext';
import type { ShownGroup } from './unitFilter';

export interface UnitRowHandlers {
  onToggle: (region: AdminUnit) => void;
  onAddCercle: (region: AdminUnit) => void;
  onEdit: (unit: AdminUnit) => void;
  onDelete: (unit: AdminUnit) => void;
}

interface RegionRowsProps extends UnitRowHandlers {
  shown: ShownGroup;
  expanded: boolean;
  /** While searching, every region on show is open and the toggle is not offered. */
  searching: boolean;
}

/** The name in the interface language, and the other language's name when it differs (Timbuktu). */
function UnitName({ unit }: { unit: AdminUnit }) {
  const { t, lang } = useI18n();
  const other = LANGUAGES.find((l) => l !== lang) ?? lang;
  const name = unitName(unit, lang);
  const otherName = unitName(unit, other);
  return (
    <>
      <span className="unit-name">{name}</span>
      {otherName !== name ? (
        <span className="sub">{t('admin.units.otherName', { name: otherName })}</span>
      ) : null}
    </>
  );
}

function RowActions({
  unit,
  onEdit,
  onDelete,
}: { unit: AdminUnit } & Pick<UnitRowHandlers, 'onEdit' | 'onDelete'>) {
  const { t, lang } = useI18n();
  const name = unitName(unit, lang);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={t('admin.units.action.editNamed', { name })}
        onClick={() => onEdit(unit)}
      >
        {t('ui.action.edit')}
      </button>
      <button
        type="button"
        className="link-button danger"
        aria-label={t('admin.units.action.deleteNamed', { name })}
        onClick={() => onDelete(unit)}
      >
        {t('ui.action.delete')}
      </button>
    </>
  );
}

/** One region's row and, when open, its cercles' rows: a <tbody> per region keeps them together. */
export function RegionRows({ shown, expanded, searching, ...handlers }: RegionRowsProps) {
  const { t, lang, number } = useI18n();
  const { region, predecessor, cercles } = shown.group;
  const open = searching || expanded;
  const name = unitName(region, lang);
  return (
    <tbody className="unit-group">
      <tr className="unit-region">
        <th scope="row">
          <div className="unit-name-cell">
            {!searching && cercles.length > 0 ? (
              <button
                type="button"
                className="unit-toggle"
                aria-expanded={open}
                aria-label={t(open ? 'admin.units.action.collapse' : 'admin.units.action.expand', { name })}
                onClick={() => handlers.onToggle(region)}
              >
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
              </button>
            ) : (
              <span className="unit-toggle-space" aria-hidden="true" />
            )}
            <div>
              <UnitName unit={region} />
              {predecessor ? (
                <span className="sub">
                  {t('admin.units.predecessorOf', { name: unitName(predecessor, lang) })}
                </span>
              ) : null}
            </div>
          </div>
        </th>
        <td className="unit-code">{region.code}</td>
        <td className="num">{number(cercles.length)}</td>
        <td className="num">{number(region.hazardCount)}</td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              className="link-button"
              aria-label={t('admin.units.action.addCercleTo', { name })}
              onClick={() => handlers.onAddCercle(region)}
            >
              {t('admin.units.action.addCercle')}
            </button>
            <RowActions unit={region} onEdit={handlers.onEdit} onDelete={handlers.onDelete} />
          </div>
        </td>
      </tr>
      {open
        ? shown.cercles.map((c) => (
            <tr key={c.id} className="unit-cercle">
              <th scope="row">
                <div className="unit-name-cell unit-cercle-name">
                  <div>
                    <UnitName unit={c} />
                  </div>
                </div>
              </th>
              <td className="unit-code">{c.code}</td>
              <td className="num" />
              <td className="num">{number(c.hazardCount)}</td>
              <td>
                <div className="row-actions">
                  <RowActions unit={c} onEdit={handlers.onEdit} onDelete={handlers.onDelete} />
                </div>
              </td>
            </tr>
          ))
        : null}
    </tbody>
  );
}
