import type { Article5Model, ChallengeTable, SectionId } from '../../../shared/domain/article5';
import type { Named, Tally } from '../../../shared/domain/article7';
import type { CapacityTotals } from '../../../shared/domain/capacity';
import type { Language } from '../../../shared/domain/common';
import { AGE_GROUPS, SEXES } from '../../../shared/domain/people';
import type { WorkPlan } from '../../../shared/domain/workplan';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import type { Article5Chart } from '../../../shared/charts/types';
import type { LayoutColumn, LayoutTable, LayoutValue } from '../article7/layout/types';

/*
 * The generated content of each section, laid out in the document's language as the Article 7
 * writers' tables (LayoutTable), so the Word draft reuses their fast raw-XML table writer.
 */

export interface SectionContent {
  tables: LayoutTable[];
  charts: Article5Chart[];
  /** Lines under the tables (the work plan's completion dates, the sessions count). */
  notes: string[];
}

const col = (label: string, kind: LayoutColumn['kind'], width = 14): LayoutColumn => ({ label, kind, width });

function table(
  t: Translate,
  title: string,
  columns: LayoutColumn[],
  rows: LayoutValue[][],
  total: LayoutValue[] | null,
): LayoutTable {
  return {
    kind: 'table',
    title,
    columns,
    rows,
    total,
    emptyText: t('article5.doc.noRows'),
    sources: null,
    always: total !== null,
  };
}

const nameOf = (n: Named, lang: Language) => (lang === 'fr' ? n.nameFr : n.nameEn || n.nameFr);

function challengeTables(
  t: Translate,
  lang: Language,
  c: ChallengeTable,
  improvised: boolean,
): LayoutTable[] {
  const asOf = t('article5.doc.asOf', { date: formatDate(c.asOf, lang) });
  const regions = table(
    t,
    `${t('article5.table.byRegion')} — ${asOf}`,
    [
      col(t('article5.table.region'), 'text', 20),
      col(t('article5.table.chaCount'), 'count', 10),
      col(t('article5.table.chaM2'), 'area'),
      col(t('article5.table.shaCount'), 'count', 10),
      col(t('article5.table.shaM2'), 'area'),
      col(t('article5.table.count'), 'count', 10),
      col(t('article5.table.m2'), 'area'),
    ],
    c.regions.map((r) => [
      nameOf(r, lang),
      r.confirmed.count,
      r.confirmed.m2,
      r.suspected.count,
      r.suspected.m2,
      r.total.count,
      r.total.m2,
    ]),
    [
      t('article5.doc.total'),
      c.total.confirmed.count,
      c.total.confirmed.m2,
      c.total.suspected.count,
      c.total.suspected.m2,
      c.total.total.count,
      c.total.total.m2,
    ],
  );
  const categories = table(
    t,
    `${t('article5.table.byCategory')} — ${asOf}`,
    [
      col(t('article5.table.category'), 'text', 30),
      col(t('article5.table.count'), 'count'),
      col(t('article5.table.m2'), 'area'),
    ],
    c.byCategory.map((r) => [t(`device.${r.category}`), r.count, r.m2]),
    null,
  );
  if (!improvised) return [regions, categories];
  return [
    table(
      t,
      `${t('article5.section.improvisedMines')} — ${asOf}`,
      [
        col(t('article5.table.region'), 'text', 20),
        col(t('article5.table.improvisedCount'), 'count'),
        col(t('article5.table.improvisedM2'), 'area'),
      ],
      c.regions
        .filter((r) => r.improvisedApMines.count > 0)
        .map((r) => [nameOf(r, lang), r.improvisedApMines.count, r.improvisedApMines.m2]),
      [t('article5.doc.total'), c.total.improvisedApMines.count, c.total.improvisedApMines.m2],
    ),
  ];
}

function progressTables(t: Translate, lang: Language, m: Article5Model): LayoutTable[] {
  const columns = (first: LayoutColumn) => [
    first,
    col(t('article5.table.cancelled'), 'area'),
    col(t('article5.table.reduced'), 'area'),
    col(t('article5.table.cleared'), 'area'),
    col(t('article5.table.apDestroyed'), 'count', 11),
    col(t('article5.table.improvisedDestroyed'), 'count', 11),
    col(t('article5.table.otherDestroyed'), 'count', 11),
  ];
  const p = m.progress.total;
  const total = [
    t('article5.doc.total'),
    p.cancelledM2,
    p.reducedM2,
    p.clearedM2,
    p.apMinesDestroyed,
    p.improvisedApMinesDestroyed,
    p.otherItemsDestroyed,
  ];
  const values = (r: typeof p) => [
    r.cancelledM2,
    r.reducedM2,
    r.clearedM2,
    r.apMinesDestroyed,
    r.improvisedApMinesDestroyed,
    r.otherItemsDestroyed,
  ];
  return [
    table(
      t,
      t('article5.table.byYear'),
      columns(col(t('article5.table.year'), 'text', 10)),
      m.progress.byYear.map((y) => [String(y.year), ...values(y)]),
      total,
    ),
    table(
      t,
      t('article5.table.byRegion'),
      columns(col(t('article5.table.region'), 'text', 18)),
      m.progress.byRegion.map((r) => [nameOf(r, lang), ...values(r)]),
      total,
    ),
  ];
}

const TALLY_CLASSES = ['girls', 'boys', 'women', 'men', 'unknown', 'notDisaggregated'] as const;

function tallyTable(t: Translate, title: string, tally: Tally): LayoutTable {
  return table(
    t,
    title,
    [col(t('article5.table.group'), 'text', 24), col(t('article5.table.people'), 'count')],
    TALLY_CLASSES.map((c) => [
      t(c === 'unknown' ? 'article5.table.unknownSex' : `article5.table.${c}`),
      tally[c],
    ]),
    [t('article5.doc.total'), tally.total],
  );
}

function casualtyTables(t: Translate, m: Article5Model): LayoutTable[] {
  const c = m.casualties;
  const sexLabel = {
    female: 'article5.table.female',
    male: 'article5.table.male',
    unknown: 'article5.table.unknownSex',
  };
  const ageLabel = {
    child: 'article5.table.child',
    adult: 'article5.table.adult',
    unknown: 'article5.table.unknownAge',
  };
  return [
    table(
      t,
      t('article5.table.casualtiesByYear'),
      [
        col(t('article5.table.year'), 'text', 10),
        col(t('article5.table.killed'), 'count'),
        col(t('article5.table.injured'), 'count'),
      ],
      c.byYear.map((y) => [String(y.year), y.killed, y.injured]),
      [t('article5.doc.total'), c.killed.total, c.injured.total],
    ),
    table(
      t,
      t('article5.table.casualtiesBySexAge'),
      [col(t('article5.table.sex'), 'text', 20), ...AGE_GROUPS.map((a) => col(t(ageLabel[a]), 'count'))],
      SEXES.map((s) => [t(sexLabel[s]), ...AGE_GROUPS.map((a) => c.bySexAndAge[s][a])]),
      null,
    ),
  ];
}

function capacityTable(t: Translate, m: Article5Model, byOrigin: boolean): LayoutTable[] {
  if (m.capacity.year === null)
    return [table(t, t('article5.table.capacityNone'), [col(t('article5.table.item'), 'text')], [], null)];
  const values = (c: CapacityTotals): LayoutValue[] => [
    c.teamsTotal,
    c.peopleTotal,
    c.staff.operational.female + c.staff.management.female,
    c.staff.operational.male + c.staff.management.male,
    c.assets.machines,
    c.assets.dogs,
    c.assets.vehicles,
  ];
  const columns = [
    col(byOrigin ? t('article5.table.origin') : t('article5.table.item'), 'text', 18),
    col(t('article5.table.teams'), 'count', 9),
    col(t('article5.table.teamPeople'), 'count', 11),
    col(t('article5.table.staffFemale'), 'count', 11),
    col(t('article5.table.staffMale'), 'count', 11),
    col(t('article5.table.machines'), 'count', 9),
    col(t('article5.table.dogs'), 'count', 9),
    col(t('article5.table.vehicles'), 'count', 9),
  ];
  const title = t('article5.table.capacity', { year: m.capacity.year });
  const o = m.capacity.byOrigin;
  const rows = byOrigin
    ? [
        [t('article5.table.originNational'), ...values(o.national)],
        [t('article5.table.originInternational'), ...values(o.international)],
        [t('article5.table.originUnstated'), ...values(o.unstated)],
      ]
    : [];
  return [table(t, title, columns, rows, [t('article5.doc.total'), ...values(m.capacity.national)])];
}

function workPlanTables(t: Translate, lang: Language, plans: WorkPlan[]): SectionContent {
  if (plans.length === 0) return { tables: [], charts: [], notes: [t('article5.doc.workPlanPending')] };
  const tables = plans.map((p) =>
    table(
      t,
      t(`article5.doc.scenario.${p.scenario}`),
      [
        col(t('article5.table.year'), 'text', 8),
        col(t('article5.table.cancelled'), 'area'),
        col(t('article5.table.reduced'), 'area'),
        col(t('article5.table.cleared'), 'area'),
        col(t('article5.table.remainingM2'), 'area'),
        col(t('article5.table.teamYears'), 'count', 10),
        col(t('article5.table.cost'), 'count'),
      ],
      p.years.map((y) => [
        String(y.year),
        y.cancelledM2,
        y.reducedM2,
        y.clearedM2,
        y.remainingM2,
        Math.round(y.teamYearsTotal),
        y.cost,
      ]),
      [
        t('article5.doc.total'),
        p.totals.cancelledM2,
        p.totals.reducedM2,
        p.totals.clearedM2,
        null,
        Math.round(p.totals.teamYears),
        p.totals.cost,
      ],
    ),
  );
  const notes = plans.map(
    (p) =>
      `${t(`article5.doc.scenario.${p.scenario}`)} — ${
        p.completionDate
          ? t('article5.doc.completion', { date: formatDate(p.completionDate, lang) })
          : t('article5.doc.noCompletion')
      }`,
  );
  return { tables, charts: [], notes };
}

function keyFigures(t: Translate, lang: Language, m: Article5Model): LayoutTable {
  const r = m.request;
  const p = m.progress.total;
  const rows: LayoutValue[][] = [
    [t('article5.doc.originalDeadline'), m.originalDeadline ? formatDate(m.originalDeadline, lang) : '—'],
    [t('article5.doc.requestedDeadline'), formatDate(r.requestedDeadline, lang)],
    [t('article5.doc.period'), `${formatDate(r.periodFrom, lang)} – ${formatDate(r.periodTo, lang)}`],
    [t('article5.table.chaM2'), m.remaining.total.confirmed.m2],
    [t('article5.table.shaM2'), m.remaining.total.suspected.m2],
    [
      `${t('article5.table.cancelled')} + ${t('article5.table.reduced')} + ${t('article5.table.cleared')}`,
      p.cancelledM2 + p.reducedM2 + p.clearedM2,
    ],
  ];
  const proposed = m.workPlans.find((w) => w.scenario === 'proposed');
  if (proposed) rows.push([t('article5.table.cost'), proposed.totals.cost]);
  return table(
    t,
    t('article5.table.keyFigures'),
    [col(t('article5.table.item'), 'text', 30), col(t('article5.table.value'), 'area', 20)],
    rows,
    null,
  );
}

/** What the records give each section, in `lang`; sections with nothing generated get nothing. */
export function sectionContent(model: Article5Model, lang: Language, id: SectionId): SectionContent {
  const t = createTranslator(lang);
  const only = (tables: LayoutTable[], charts: Article5Chart[] = [], notes: string[] = []) => ({
    tables,
    charts,
    notes,
  });
  switch (id) {
    case 'executiveSummary':
      return only([keyFigures(t, lang, model)]);
    case 'originalChallenge':
      return only(challengeTables(t, lang, model.original, false));
    case 'progress':
      return only(progressTables(t, lang, model), ['landReleasedByYearMethod']);
    case 'excludingCivilians':
      return only(
        [tallyTable(t, t('article5.table.education'), model.education.beneficiaries)],
        [],
        [t('article5.table.educationSessions', { count: formatNumber(model.education.sessions, lang) })],
      );
    case 'resources':
      return only(capacityTable(t, model, true));
    case 'implications':
      return only(casualtyTables(t, model), ['casualtiesBySexAge', 'incidentsByRegionYear']);
    case 'remainingChallenge':
      return only(challengeTables(t, lang, model.remaining, false), ['remainingByRegion']);
    case 'improvisedMines':
      return only(challengeTables(t, lang, model.remaining, true));
    case 'timeRequested':
      return only([keyFigures(t, lang, model)]);
    case 'workPlan':
      return workPlanTables(t, lang, model.workPlans);
    case 'capacity':
      return only(capacityTable(t, model, false));
    default:
      return only([]);
  }
}

/** The annex: every open area, region by region. */
export function areasTable(model: Article5Model, lang: Language): LayoutTable {
  const t = createTranslator(lang);
  return {
    ...table(
      t,
      t('article5.doc.annexAreas'),
      [
        col(t('article5.table.region'), 'text', 12),
        col(t('article5.table.code'), 'text', 12),
        col(t('article5.table.name'), 'text', 18),
        col(t('article5.table.locality'), 'text', 14),
        col(t('article5.table.devices'), 'text', 22),
        col(t('article5.table.remainingM2'), 'area', 12),
      ],
      model.areas.map((a) => [
        nameOf(a.region, lang),
        a.code,
        a.name,
        a.locality,
        a.deviceCategories.map((c) => t(`device.${c}`)).join('\n'),
        a.remainingM2,
      ]),
      null,
    ),
    emptyText: t('article5.doc.noAreas'),
    main: true,
  };
}
