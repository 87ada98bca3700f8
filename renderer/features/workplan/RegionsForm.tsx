import type { PlanRegion, RegionAccess, NewContamination } from '../../../shared/domain/workplan';
import { WORKPLAN_SCENARIOS } from '../../../shared/domain/workplan';
import { useI18n } from '../../i18n/I18nContext';
import { toText, type Draft } from './draft';
import { NumberCell } from './NumberCell';
import type { GridProps } from './ParametersForm';

/**
 * Per region and scenario: the share accessible for security reasons, the year it becomes whole,
 * and the new contamination expected; a last row for new contamination not yet located.
 */
export function RegionsForm({
  regions,
  draft,
  errors,
  frozen,
  onRegion,
}: Omit<GridProps, 'onChange'> & {
  regions: PlanRegion[];
  onRegion: (scenario: 'current' | 'proposed', regionId: string | null, field: string, text: string) => void;
}) {
  const { t, lang, area } = useI18n();
  const accessOf = (d: Draft, s: 'current' | 'proposed') => (d[s].access ?? []) as RegionAccess[];
  const newOf = (d: Draft, s: 'current' | 'proposed') => (d[s].newContamination ?? []) as NewContamination[];
  const cells = (regionId: string | null, name: string) =>
    WORKPLAN_SCENARIOS.flatMap((s) => {
      const scenario = t(`workplan.scenario.${s}`);
      const accessIndex = accessOf(draft, s).findIndex((a) => a.regionId === regionId);
      const access = accessOf(draft, s)[accessIndex];
      const newIndex = newOf(draft, s).findIndex((n) => n.regionId === regionId);
      const id = `workplan-${s}-${regionId ?? 'national'}`;
      const fields =
        regionId === null
          ? []
          : [
              {
                field: 'accessiblePercent',
                value: access?.accessiblePercent ?? 100,
                error: `access.${accessIndex}.accessiblePercent`,
                label: t('workplan.params.accessible'),
              },
              {
                field: 'fullFromYear',
                value: access?.fullFromYear ?? null,
                error: `access.${accessIndex}.fullFromYear`,
                label: t('workplan.params.fullFromYear'),
              },
            ];
      fields.push({
        field: 'm2PerYear',
        value: newOf(draft, s)[newIndex]?.m2PerYear ?? null,
        error: `newContamination.${newIndex}.m2PerYear`,
        label: t('workplan.params.newM2'),
      });
      const padding = regionId === null ? [<td key={`${s}-pad`} colSpan={2} />] : [];
      return [
        ...padding,
        ...fields.map((f) => (
          <NumberCell
            key={`${s}-${f.field}`}
            id={`${id}-${f.field}`}
            label={`${name} — ${f.label} — ${scenario}`}
            value={toText(f.value)}
            error={errors[`${s}.${f.error}`]}
            disabled={frozen}
            onChange={(text) => onRegion(s, regionId, f.field, text)}
          />
        )),
      ];
    });
  return (
    <div className="workplan-scroll">
      <table className="data-table workplan-grid workplan-regions">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('workplan.params.region')}
            </th>
            {WORKPLAN_SCENARIOS.map((s) => (
              <th key={s} scope="colgroup" colSpan={3} className="workplan-scenario-head">
                {t(`workplan.scenario.${s}`)}
              </th>
            ))}
          </tr>
          <tr>
            {WORKPLAN_SCENARIOS.flatMap((s) =>
              ['accessible', 'fullFromYear', 'newM2'].map((k) => (
                <th key={`${s}-${k}`} scope="col" className="num">
                  {t(`workplan.params.${k}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => {
            const name = lang === 'fr' ? r.nameFr : r.nameEn;
            return (
              <tr key={r.regionId}>
                <th scope="row">
                  {name}
                  <span className="workplan-region-area">
                    SHA {area(r.shaM2)} · CHA {area(r.chaM2)}
                  </span>
                </th>
                {cells(r.regionId, name)}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('workplan.params.national')}</th>
            {cells(null, t('workplan.params.national'))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
