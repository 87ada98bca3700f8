import { useMemo, useState } from 'react';
import { unitName, type AdminUnit } from '../../../shared/domain/country';
import { useAppData } from '../../app/AppData';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { UnitDialog } from './UnitDialog';
import { formFromUnit, newCercleForm, newRegionForm, type UnitFormState } from './unitForm';
import { filterGroups } from './unitFilter';
import { UnitsToolbar } from './UnitsToolbar';
import { UnitTable } from './UnitTable';
import { regionGroups } from './unitTree';
import { useUnitDelete } from './useUnitDelete';
import './units.css';

/** The admin-unit reference list: regions and their cercles, editable (domain.md §6). */
export function UnitsPage() {
  const { t, lang } = useI18n();
  const { units, reloadUnits } = useAppData();
  const { notify } = useNotices();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  // Each opening of the dialog gets a new key, so its form starts from the unit opened.
  const [editing, setEditing] = useState<{ key: number; initial: UnitFormState } | null>(null);

  const { groups, orphans } = useMemo(() => regionGroups(units, lang), [units, lang]);
  const shown = useMemo(() => filterGroups(groups, query), [groups, query]);
  const searching = query.trim() !== '';
  const cercleCount = units.filter((u) => u.level === 'cercle').length;

  const setOpen = (regionId: string, open: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (open) next.add(regionId);
      else next.delete(regionId);
      return next;
    });
  const edit = (initial: UnitFormState) => setEditing((e) => ({ key: (e?.key ?? 0) + 1, initial }));
  const remove = useUnitDelete((unit) => setOpen(unit.id, false));

  const saved = async (unit: AdminUnit, isNew: boolean) => {
    await reloadUnits();
    setEditing(null);
    // Show where the unit now is: its region opened (a new cercle is otherwise out of sight).
    if (unit.parentId) setOpen(unit.parentId, true);
    const params = { level: unit.level, name: unitName(unit, lang) };
    notify({
      kind: 'success',
      message: t(isNew ? 'admin.units.notice.added' : 'admin.units.notice.saved', params),
    });
  };

  return (
    <div className="units-page">
      <header className="page-header">
        <div>
          <h1>{t('admin.units.title')}</h1>
          <p>{t('admin.units.summary', { regions: groups.length, cercles: cercleCount })}</p>
          <p>{t('admin.units.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => edit(newRegionForm())}>
            {t('admin.units.action.addRegion')}
          </button>
        </div>
      </header>
      <UnitsToolbar
        query={query}
        onQuery={setQuery}
        searching={searching}
        found={shown.length}
        onExpandAll={() =>
          setExpanded(new Set(groups.filter((g) => g.cercles.length > 0).map((g) => g.region.id)))
        }
        onCollapseAll={() => setExpanded(new Set())}
      />
      {shown.length === 0 ? (
        <p className="panel empty-state">{t(searching ? 'admin.units.noMatch' : 'admin.units.empty')}</p>
      ) : (
        <UnitTable
          shown={shown}
          expanded={expanded}
          searching={searching}
          orphans={searching ? [] : orphans}
          onToggle={(region) => setOpen(region.id, !expanded.has(region.id))}
          onAddCercle={(region) => edit(newCercleForm(region, units))}
          onEdit={(unit) => edit(formFromUnit(unit))}
          onDelete={remove.ask}
        />
      )}
      {editing ? (
        <UnitDialog
          key={editing.key}
          initial={editing.initial}
          units={units}
          onSaved={(unit) => saved(unit, editing.initial.id === null)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={remove.target !== null}
        title={
          remove.target
            ? t(`admin.units.confirm.title.${remove.target.level}`, { name: unitName(remove.target, lang) })
            : ''
        }
        message={
          remove.target
            ? t(`admin.units.confirm.message.${remove.target.level}`, {
                name: unitName(remove.target, lang),
                code: remove.target.code,
              })
            : ''
        }
        confirmLabel={t('ui.action.delete')}
        busy={remove.busy}
        onConfirm={remove.confirm}
        onCancel={remove.cancel}
      />
    </div>
  );
}
