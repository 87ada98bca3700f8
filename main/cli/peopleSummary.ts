import { CIVILIAN_STATUSES } from '../../shared/domain/casualty';
import { TEAM_TYPES } from '../../shared/domain/capacity';
import { ASSISTANCE_SERVICES } from '../../shared/domain/assistance';
import { DELIVERY_METHODS } from '../../shared/domain/education';
import { PEOPLE_CLASSES } from '../../shared/domain/people';
import { formatNumber, formatShare } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/index';
import type { Language } from '../../shared/domain/common';
import { PEOPLE_DATASETS, type PeopleYearSummary } from '../../shared/rules/peopleSummary';
import type { PeopleTally } from '../../shared/rules/people';

/**
 * The people part of `balise summary`: casualties, risk education and victim assistance as girls,
 * boys, women, men, unknown and total-only (never dropped), staff shares and the completeness of
 * each dataset. Tab-separated, like the rest of the summary.
 */
export function peopleLines(s: PeopleYearSummary, t: Translate, lang: Language): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const share = (x: number | null) => (x === null ? t('summary.people.noData') : formatShare(x, lang, 1));
  const row = (...cells: (string | number)[]) => cells.join('\t');
  const header = (first: string) =>
    row(
      first,
      ...PEOPLE_CLASSES.map((c) => t(`people.class.${c}`)),
      t('people.notDisaggregated'),
      t('people.total'),
    );
  const tally = (label: string, x: PeopleTally) =>
    row(label, ...PEOPLE_CLASSES.map((c) => n(x[c])), n(x.notDisaggregated), n(x.total));
  const out: string[] = [];

  const c = s.casualties;
  out.push(t('summary.people.casualties.title', { year: s.year }), header(''));
  out.push(
    tally(t('summary.people.killed'), c.byOutcome.killed),
    tally(t('summary.people.injured'), c.byOutcome.injured),
  );
  out.push(tally(t('summary.total'), c.all));
  out.push(
    row(t('summary.people.byCivilianStatus'), t('summary.people.killed'), t('summary.people.injured')),
  );
  for (const status of CIVILIAN_STATUSES) {
    const o = c.byCivilianStatus[status];
    if (o.killed.total + o.injured.total > 0)
      out.push(row(t(`incident.target.${status}`), n(o.killed.total), n(o.injured.total)));
  }
  out.push(row(t('summary.col.category'), t('summary.people.killed'), t('summary.people.injured')));
  for (const d of c.byCategory)
    out.push(row(t(`device.${d.category}`), n(d.killed.total), n(d.injured.total)));
  out.push('');

  const e = s.education;
  out.push(t('summary.people.education.title', { year: s.year }), header(''));
  out.push(tally(t('summary.people.beneficiaries'), e.beneficiaries));
  for (const method of DELIVERY_METHODS) {
    const g = e.byMethod[method];
    if (g.records > 0) out.push(tally(t(`education.method.${method}`), g.beneficiaries));
  }
  out.push(row(t('summary.people.sessions'), n(e.sessions)));
  out.push(row(t('summary.people.disabled'), n(e.disabled)));
  out.push(row(t('summary.people.reach'), n(e.massMediaReach)), '');

  const a = s.assistance;
  out.push(t('summary.people.assistance.title', { year: s.year }), header(''));
  out.push(tally(t('summary.people.beneficiaries'), a.beneficiaries));
  for (const service of ASSISTANCE_SERVICES) {
    const g = a.byService[service];
    if (g.records > 0) out.push(tally(t(`assistance.service.${service}`), g.beneficiaries));
  }
  out.push('');

  const k = s.capacity.national;
  out.push(t('summary.people.capacity.title', { year: s.year }));
  out.push(row(t('summary.people.teamType'), t('summary.people.teams'), t('summary.people.people')));
  for (const type of TEAM_TYPES) {
    const team = k.teams[type];
    if (team && team.teams > 0) out.push(row(t(`operator.activity.${type}`), n(team.teams), n(team.people)));
  }
  out.push(row(t('summary.total'), n(k.teamsTotal), n(k.peopleTotal)));
  out.push(row(t('summary.people.womenOperational'), share(k.womenShare.operational)));
  out.push(row(t('summary.people.womenManagement'), share(k.womenShare.management)), '');

  out.push(t('summary.people.completeness.title'));
  out.push(
    row(
      t('summary.people.dataset'),
      t('summary.people.known'),
      t('summary.people.people'),
      t('summary.people.share'),
    ),
  );
  for (const dataset of PEOPLE_DATASETS) {
    const x = s.completeness[dataset];
    out.push(row(t(`summary.people.dataset.${dataset}`), n(x.known), n(x.people), share(x.share)));
  }
  return out;
}
