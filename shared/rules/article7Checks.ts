import type { Finding, FindingList } from '../api/contracts/reports';
import type { Article7FormId, Article7Model, Named } from '../domain/article7';
import type { Language } from '../domain/common';
import { createTranslator } from '../i18n/index';
import type { PeopleTally } from './people';

/*
 * Pre-submission checks of an Article 7 report (issue 5): what is missing or inconsistent in the
 * period, each with the record to open. Pure: everything comes from the report's model (built
 * from the records by the shared rules) and the snapshots of reports already sent.
 *
 * What the records allow, and so what is checked (the other gaps the issue names cannot be
 * stored): an area always has a region (NOT NULL, checked to be a region on save) and an activity
 * always has a method and an operator (NOT NULL); a consumption always states its purpose
 * (required by the schema), but the retained item's intended purpose (form D) is optional.
 */

/** A submitted report of an earlier or the same period: as sent, and that period rebuilt today. */
export interface SentReportComparison {
  year: number;
  version: number;
  sent: Article7Model;
  now: Article7Model;
}

export interface Article7ChecksInput {
  model: Article7Model;
  comparisons: readonly SentReportComparison[];
}

type Draft = Omit<Finding, 'params' | 'named' | 'record' | 'list'> &
  Partial<Pick<Finding, 'params' | 'named' | 'record' | 'list'>>;

function finding(d: Draft): Finding {
  return { params: {}, named: {}, record: null, list: null, ...d };
}

const SAME: (text: string) => Named = (text) => ({ nameFr: text, nameEn: text });
const FR = createTranslator('fr');
const EN = createTranslator('en');
/** A row named by a catalogue key (a device category, a dataset), in both languages. */
const CATALOGUED = (key: string): Named => ({ nameFr: FR(key), nameEn: EN(key) });

function contactFindings(model: Article7Model): Finding[] {
  const c = model.cover.contact;
  const missing = [
    c.name === '' ? 'name' : null,
    c.organisation === '' ? 'organisation' : null,
    c.phone === '' && c.email === '' ? 'phoneOrEmail' : null,
  ].filter((m): m is string => m !== null);
  return missing.map((field) =>
    finding({
      key: `contact/${field}`,
      severity: 'error',
      form: 'cover',
      messageKey: 'reports.checks.problems.contactMissing',
      params: { field },
      list: 'contact',
    }),
  );
}

function areaFindings(model: Article7Model): Finding[] {
  const rows = [...model.forms.C.known, ...model.forms.C.suspected];
  return rows
    .filter((area) => area.deviceCategories.length === 0)
    .map((area) =>
      finding({
        key: `area/${area.id}/noDevice`,
        severity: 'warning',
        form: 'C',
        messageKey: 'reports.checks.problems.areaWithoutDevice',
        params: { code: area.code },
        named: { region: area.region },
        record: { type: 'hazardousArea', id: area.id },
      }),
    );
}

function reconciliationFindings(model: Article7Model): Finding[] {
  const r = model.forms.C.reconciliation;
  const problems = r.problems.map((p, i) =>
    finding({
      key: `reconciliation/${p.record.type}/${p.record.id}/${p.messageKey}/${i}`,
      severity: 'error',
      form: 'C',
      messageKey: p.messageKey,
      params: p.params,
      record: p.record,
    }),
  );
  if (r.balanced) return problems;
  const expected = r.startM2 + r.newM2 - r.cancelledM2 - r.reducedM2 - r.clearedM2;
  return [
    finding({
      key: 'reconciliation/unbalanced',
      severity: 'error',
      form: 'C',
      messageKey: 'reports.checks.problems.unbalanced',
      params: { expected, end: r.endM2 },
    }),
    ...problems,
  ];
}

function retainedFindings(model: Article7Model): Finding[] {
  return model.forms.D.use
    .filter((row) => row.consumedTotal > 0 && row.purposes.trim() === '')
    .map((row, i) => {
      const record =
        row.provenance.records.find((r) => r.type === 'retainedItem') ?? row.provenance.records[0] ?? null;
      return finding({
        key: `retained/${row.institution}/${row.mineType}/${i}`,
        severity: 'error',
        form: 'D',
        messageKey: 'reports.checks.problems.consumedWithoutPurpose',
        params: { institution: row.institution, mineType: row.mineType, count: row.consumedTotal },
        record,
      });
    });
}

function addTallies(a: PeopleTally, b: PeopleTally): PeopleTally {
  return {
    girls: a.girls + b.girls,
    boys: a.boys + b.boys,
    women: a.women + b.women,
    men: a.men + b.men,
    unknown: a.unknown + b.unknown,
    notDisaggregated: a.notDisaggregated + b.notDisaggregated,
    total: a.total + b.total,
  };
}

/** One line per dataset for people of unknown sex or age, one for people counted only as a total. */
function peopleFindings(model: Article7Model): Finding[] {
  const datasets: { list: FindingList; form: Article7FormId; tally: PeopleTally }[] = [
    {
      list: 'casualties',
      form: 'J',
      tally: addTallies(model.forms.J.casualties.killed, model.forms.J.casualties.injured),
    },
    { list: 'education', form: 'I', tally: model.forms.I.education.beneficiaries },
    { list: 'assistance', form: 'J', tally: model.forms.J.assistance.beneficiaries },
  ];
  return datasets.flatMap(({ list, form, tally }) => [
    ...(tally.unknown > 0
      ? [
          finding({
            key: `people/${list}/unknown`,
            severity: 'warning',
            form,
            messageKey: 'reports.checks.problems.unknownSexOrAge',
            params: { dataset: list, count: tally.unknown, total: tally.total },
            list,
          }),
        ]
      : []),
    ...(tally.notDisaggregated > 0
      ? [
          finding({
            key: `people/${list}/totalOnly`,
            severity: 'warning',
            form,
            messageKey: 'reports.checks.problems.totalOnly',
            params: { dataset: list, count: tally.notDisaggregated, total: tally.total },
            list,
          }),
        ]
      : []),
  ]);
}

/** One number of a report, named by form, row and field so two reports can be compared. */
export interface ReportFigure {
  form: Article7FormId;
  /** Stable across reports: a region's id, a mine type, a device category. */
  rowKey: string;
  row: Named;
  field: string;
  value: number;
}

/** Every figure of the forms that carry numbers, by row. */
export function reportFigures(model: Article7Model): ReportFigure[] {
  const out: ReportFigure[] = [];
  const push = (form: Article7FormId, rowKey: string, row: Named, fields: Record<string, number>) => {
    for (const [field, value] of Object.entries(fields)) out.push({ form, rowKey, row, field, value });
  };
  const { B, C, D, G, I, J } = model.forms;
  for (const s of B.stockpiles) {
    push('B', `stockpile/${s.mineType}/${s.lotNumbers.join(',')}`, SAME(s.mineType), {
      quantity: s.quantity,
    });
  }
  for (const r of C.remaining.regions) {
    push('C', `remaining/${r.regionId}`, r, {
      confirmedCount: r.confirmed.count,
      confirmedM2: r.confirmed.m2,
      suspectedCount: r.suspected.count,
      suspectedM2: r.suspected.m2,
    });
  }
  for (const r of C.released.regions) {
    push('C', `released/${r.regionId}`, r, {
      cancelledM2: r.cancelledM2,
      reducedM2: r.reducedM2,
      clearedM2: r.clearedM2,
      apMinesDestroyed: r.apMinesDestroyed,
      improvisedApMinesDestroyed: r.improvisedApMinesDestroyed,
      otherItemsDestroyed: r.otherItemsDestroyed,
    });
  }
  for (const r of D.retained) {
    push('D', `retained/${r.institution}/${r.mineType}`, SAME(`${r.institution} — ${r.mineType}`), {
      quantity: r.quantity,
    });
  }
  for (const r of D.use) {
    push('D', `use/${r.institution}/${r.mineType}`, SAME(`${r.institution} — ${r.mineType}`), {
      consumed: r.consumedTotal,
    });
  }
  for (const r of G.stockpileDestroyed) {
    push('G', `stockpile/${r.mineType}`, SAME(r.mineType), { quantity: r.quantity });
  }
  for (const r of G.minedAreasDestroyed) {
    push('G', `minedAreas/${r.category}`, CATALOGUED(`device.${r.category}`), { quantity: r.quantity });
  }
  push('I', 'education', CATALOGUED('reports.checks.dataset.education'), {
    sessions: I.education.sessions,
    beneficiaries: I.education.beneficiaries.total,
  });
  push('J', 'casualties', CATALOGUED('reports.checks.dataset.casualties'), {
    killed: J.casualties.killed.total,
    injured: J.casualties.injured.total,
  });
  push('J', 'assistance', CATALOGUED('reports.checks.dataset.assistance'), {
    beneficiaries: J.assistance.beneficiaries.total,
  });
  return out;
}

/**
 * Figures a report already sent gave differently from today's records for the same period
 * (same form, same row, different number). A row on one side only counts as 0 on the other:
 * 500 m² cleared that no longer appear is a difference too.
 */
function differenceFindings(comparison: SentReportComparison): Finding[] {
  const key = (f: ReportFigure) => `${f.form}|${f.rowKey}|${f.field}`;
  const sent = new Map(reportFigures(comparison.sent).map((f) => [key(f), f]));
  const now = new Map(reportFigures(comparison.now).map((f) => [key(f), f]));
  const keys = [...new Set([...sent.keys(), ...now.keys()])];
  return keys.flatMap((k) => {
    const before = sent.get(k);
    const after = now.get(k);
    const figure = (after ?? before) as ReportFigure;
    const beforeValue = before?.value ?? 0;
    const afterValue = after?.value ?? 0;
    if (beforeValue === afterValue) return [];
    return [
      finding({
        key: `difference/${comparison.year}/${comparison.version}/${k}`,
        severity: 'warning',
        form: figure.form,
        messageKey: 'reports.checks.problems.figureChanged',
        params: {
          year: comparison.year,
          version: comparison.version,
          field: figure.field,
          before: beforeValue,
          after: afterValue,
        },
        named: { row: figure.row },
      }),
    ];
  });
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;
const FORM_ORDER = ['cover', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

/** Every finding for the period, errors first, then in the order of the forms. */
export function article7Checks(input: Article7ChecksInput): Finding[] {
  const all = [
    ...contactFindings(input.model),
    ...areaFindings(input.model),
    ...reconciliationFindings(input.model),
    ...retainedFindings(input.model),
    ...peopleFindings(input.model),
    ...input.comparisons.flatMap(differenceFindings),
  ];
  return all
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        FORM_ORDER.indexOf(a.f.form) - FORM_ORDER.indexOf(b.f.form) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** A finding's parameters in one language: names picked, numbers left for the message to format. */
export function findingParams(f: Finding, lang: Language): Record<string, string | number> {
  const named = Object.fromEntries(
    Object.entries(f.named).map(([k, n]) => [k, lang === 'fr' ? n.nameFr : n.nameEn]),
  );
  return { ...f.params, ...named };
}
