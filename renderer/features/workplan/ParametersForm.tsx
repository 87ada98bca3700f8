import type { FieldIssue } from '../../../shared/domain/common';
import { PLAN_METHODS, WORKPLAN_SCENARIOS } from '../../../shared/domain/workplan';
import { useI18n } from '../../i18n/I18nContext';
import { getIn, toText, type Draft, type Path } from './draft';
import { NumberCell } from './NumberCell';

export interface GridProps {
  draft: Draft;
  errors: Record<string, FieldIssue>;
  frozen: boolean;
  onChange: (scenario: 'current' | 'proposed', path: Path, text: string) => void;
}

interface Row {
  path: Path;
  label: string;
}

/** The parameters that hold for the whole country, one column per scenario, side by side. */
export function ParametersForm({ draft, errors, frozen, onChange }: GridProps) {
  const { t } = useI18n();
  const method = (m: string) => t(`workplan.method.${m}`);
  const groups: { title: string; rows: Row[] }[] = [
    {
      title: t('workplan.params.general'),
      rows: [
        { path: ['workingDaysPerYear'], label: t('workplan.params.workingDays') },
        { path: ['horizonYears'], label: t('workplan.params.horizon') },
      ],
    },
    ...(['teams', 'productivity', 'costPerTeamYear'] as const).map((key) => ({
      title: t(`workplan.params.${key === 'costPerTeamYear' ? 'cost' : key}`),
      rows: PLAN_METHODS.map((m) => ({ path: [key, m], label: method(m) })),
    })),
    {
      title: t('workplan.params.shares'),
      rows: [
        {
          path: ['shaShares', 'cancelled'],
          label: `${t('workplan.params.sha')} — ${t('workplan.params.cancelled')}`,
        },
        {
          path: ['shaShares', 'reduced'],
          label: `${t('workplan.params.sha')} — ${t('workplan.params.reduced')}`,
        },
        {
          path: ['shaShares', 'cleared'],
          label: `${t('workplan.params.sha')} — ${t('workplan.params.cleared')}`,
        },
        {
          path: ['chaShares', 'reduced'],
          label: `${t('workplan.params.cha')} — ${t('workplan.params.reduced')}`,
        },
        {
          path: ['chaShares', 'cleared'],
          label: `${t('workplan.params.cha')} — ${t('workplan.params.cleared')}`,
        },
      ],
    },
    {
      title: t('workplan.params.budget'),
      rows: [
        { path: ['nationalFundingPercent'], label: t('workplan.params.nationalPercent') },
        { path: ['availableFundingPerYear'], label: t('workplan.params.available') },
        { path: ['newContaminationYears'], label: t('workplan.params.newYears') },
      ],
    },
  ];
  return (
    <table className="data-table workplan-grid">
      <thead>
        <tr>
          <th scope="col">{t('workplan.params.title')}</th>
          {WORKPLAN_SCENARIOS.map((s) => (
            <th key={s} scope="col" className="num">
              {t(`workplan.scenario.${s}`)}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.title}>
          <tr className="workplan-group">
            <th scope="colgroup" colSpan={3}>
              {g.title}
            </th>
          </tr>
          {g.rows.map((r) => (
            <tr key={r.path.join('.')}>
              <th scope="row">{r.label}</th>
              {WORKPLAN_SCENARIOS.map((s) => {
                const key = [s, ...r.path].join('.');
                return (
                  <NumberCell
                    key={s}
                    id={`workplan-${key.replace(/\./g, '-')}`}
                    label={`${g.title} — ${r.label} — ${t(`workplan.scenario.${s}`)}`}
                    value={toText(getIn(draft[s], r.path))}
                    error={errors[key]}
                    disabled={frozen}
                    onChange={(text) => onChange(s, r.path, text)}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
