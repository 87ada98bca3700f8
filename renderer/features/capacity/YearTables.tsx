import {
  STAFF_ROLES,
  TEAM_TYPES,
  type CapacityTotals,
  type CapacityYear,
  type OperatorCapacity,
  type StaffTally,
} from '../../../shared/domain/capacity';
import { RELEASE_METHODS } from '../../../shared/domain/landRelease';
import { womenShare } from '../../../shared/rules/capacity';
import { useI18n } from '../../i18n/I18nContext';
import { shareText } from './share';

/** National teams and people by type, with the total. */
export function TeamsTable({ totals }: { totals: CapacityTotals }) {
  const { t, number } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table capacity-year-table">
        <caption>{t('capacity.year.teamsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.teamType')}</th>
            <th scope="col" className="num">
              {t('capacity.column.teams')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.people')}
            </th>
          </tr>
        </thead>
        <tbody>
          {TEAM_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">{t(`operator.activity.${type}`)}</th>
              <td className="num">{number(totals.teams[type]?.teams ?? 0)}</td>
              <td className="num">{number(totals.teams[type]?.people ?? 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('capacity.year.total')}</th>
            <td className="num">{number(totals.teamsTotal)}</td>
            <td className="num">{number(totals.peopleTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Staff by role and sex, those reported as a total only, and the share of women of each role. */
export function StaffTable({ totals }: { totals: CapacityTotals }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const row = (label: string, s: StaffTally, share: number | null, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td className="num">{number(s.female)}</td>
      <td className="num">{number(s.male)}</td>
      <td className="num">{number(s.unknown)}</td>
      <td className="num">{number(s.notDisaggregated)}</td>
      <td className="num">{number(s.total)}</td>
      <td className="num">{shareText(i18n, share)}</td>
    </tr>
  );
  const both = STAFF_ROLES.map((r) => totals.staff[r]);
  const sum = (k: keyof StaffTally) => both.reduce((n, s) => n + s[k], 0);
  const all: StaffTally = {
    female: sum('female'),
    male: sum('male'),
    unknown: sum('unknown'),
    notDisaggregated: sum('notDisaggregated'),
    total: sum('total'),
  };
  return (
    <div className="table-wrap">
      <table className="data-table capacity-year-table">
        <caption>{t('capacity.year.staffCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.role')}</th>
            <th scope="col" className="num">
              {t('capacity.staff.female')}
            </th>
            <th scope="col" className="num">
              {t('capacity.staff.male')}
            </th>
            <th scope="col" className="num">
              {t('capacity.staff.unknown')}
            </th>
            <th scope="col" className="num">
              {t('capacity.year.totalOnly')}
            </th>
            <th scope="col" className="num">
              {t('capacity.year.total')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.womenShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {STAFF_ROLES.map((role) =>
            row(t(`capacity.role.${role}`), totals.staff[role], totals.womenShare[role], role),
          )}
        </tbody>
        <tfoot>{row(t('capacity.year.allStaff'), all, womenShare(all), 'all')}</tfoot>
      </table>
    </div>
  );
}

/** Each operator's figures for the year, in French alphabetical order. */
export function OperatorsTable({ operators }: { operators: readonly OperatorCapacity[] }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  return (
    <div className="table-wrap">
      <table className="data-table capacity-year-table">
        <caption>{t('capacity.year.operatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.operator')}</th>
            <th scope="col">{t('operator.field.origin')}</th>
            <th scope="col" className="num">
              {t('capacity.column.teams')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.people')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.operationalStaff')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.womenOperational')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.managementStaff')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.womenManagement')}
            </th>
          </tr>
        </thead>
        <tbody>
          {operators.map((o) => (
            <tr key={o.operatorId}>
              <th scope="row">
                {o.operatorAcronym || o.operatorName}
                {o.quarter !== null ? (
                  <span className="sub">{t('capacity.year.asOfQuarter', { quarter: o.quarter })}</span>
                ) : null}
              </th>
              <td>{t(`operator.origin.${o.operatorOrigin ?? 'unstated'}`)}</td>
              <td className="num">{number(o.teamsTotal)}</td>
              <td className="num">{number(o.peopleTotal)}</td>
              <td className="num">{number(o.staff.operational.total)}</td>
              <td className="num">{shareText(i18n, o.womenShare.operational)}</td>
              <td className="num">{number(o.staff.management.total)}</td>
              <td className="num">{shareText(i18n, o.womenShare.management)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The planning assumptions for the year and where each comes from. */
export function AssumptionsTable({
  year,
}: {
  year: Pick<CapacityYear, 'productivity' | 'workingDaysPerYear'>;
}) {
  const { t, number } = useI18n();
  const basis = (a: { basis: string; year: number; records: number } | null) =>
    a
      ? t(`capacity.year.basis.${a.basis}`, {
          count: a.records,
          records: number(a.records),
          year: String(a.year),
        })
      : t('capacity.noData');
  return (
    <div className="table-wrap">
      <table className="data-table capacity-year-table">
        <caption>{t('capacity.year.assumptionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.method')}</th>
            <th scope="col" className="num">
              {t('capacity.column.m2PerTeamDay')}
            </th>
            <th scope="col">{t('capacity.year.basis.title')}</th>
          </tr>
        </thead>
        <tbody>
          {RELEASE_METHODS.map((m) => {
            const a = year.productivity[m] ?? null;
            return (
              <tr key={m}>
                <th scope="row">{t(`release.method.${m}`)}</th>
                <td className="num">{a ? number(a.value) : '—'}</td>
                <td>{basis(a)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('capacity.field.workingDaysPerYear')}</th>
            <td className="num">{year.workingDaysPerYear ? number(year.workingDaysPerYear.value) : '—'}</td>
            <td>{basis(year.workingDaysPerYear)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
