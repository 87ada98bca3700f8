import type { YearSummary } from '../../shared/rules/summary';
import { formatArea, formatNumber } from '../../shared/i18n/format';
import { required, value, withStore, yearOption, type Options } from './common';
import { cliLanguage, cliTranslator, type CliIo } from './io';
import { peopleLines } from './peopleSummary';
import type { PeopleYearSummary } from '../../shared/rules/peopleSummary';

/** Text tables: one line per row, cells separated by tabs, so a spreadsheet can take them as they are. */
function lines(s: YearSummary, io: CliIo): string[] {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const n = (x: number) => formatNumber(x, lang);
  const m2 = (x: number) => formatArea(x, lang);
  const name = (r: { nameFr: string; nameEn: string }) => (lang === 'fr' ? r.nameFr : r.nameEn);
  const row = (...cells: (string | number)[]) => cells.join('\t');
  const out: string[] = [];
  const check = s.reconciliation;

  out.push(t('summary.title', { year: s.year }), '');
  out.push(t('summary.remaining.title', { date: `31/12/${s.year}` }));
  out.push(
    row(
      t('summary.col.region'),
      t('summary.col.chaCount'),
      t('summary.col.chaM2'),
      t('summary.col.shaCount'),
      t('summary.col.shaM2'),
      t('summary.col.totalCount'),
      t('summary.col.totalM2'),
    ),
  );
  for (const r of s.remaining.regions.filter((x) => x.total.count > 0)) {
    out.push(
      row(
        name(r),
        n(r.confirmed.count),
        m2(r.confirmed.m2),
        n(r.suspected.count),
        m2(r.suspected.m2),
        n(r.total.count),
        m2(r.total.m2),
      ),
    );
  }
  const rem = s.remaining;
  out.push(
    row(
      t('summary.total'),
      n(rem.confirmed.count),
      m2(rem.confirmed.m2),
      n(rem.suspected.count),
      m2(rem.suspected.m2),
      n(rem.total.count),
      m2(rem.total.m2),
    ),
    '',
  );

  out.push(t('summary.released.title', { year: s.year }));
  out.push(
    row(
      t('summary.col.region'),
      t('summary.col.activities'),
      t('summary.col.cancelled'),
      t('summary.col.reduced'),
      t('summary.col.cleared'),
      t('summary.col.added'),
    ),
  );
  const released = (label: string, f: YearSummary['released']['total']) =>
    row(label, n(f.activities), m2(f.cancelledM2), m2(f.reducedM2), m2(f.clearedM2), m2(f.addedM2));
  for (const r of s.released.byRegion) out.push(released(name(r), r));
  out.push(released(t('summary.total'), s.released.total));
  for (const o of s.released.byOperator)
    out.push(released(`${t('summary.col.operator')} ${o.acronym || o.name}`, o));
  out.push('');

  out.push(t('summary.destroyed.title'));
  out.push(
    row(
      t('summary.col.category'),
      t('summary.col.inAreas'),
      t('summary.col.outsideAreas'),
      t('summary.col.total'),
    ),
  );
  for (const d of s.destroyed.byCategory)
    out.push(row(t(`device.${d.category}`), n(d.inAreas), n(d.outsideAreas), n(d.total)));
  out.push(row(t('summary.total'), '', '', n(s.destroyed.total)), '');

  out.push(t('summary.incidents.title', { year: s.year }));
  out.push(row(t('summary.incidents.count'), n(s.incidents.incidents)));
  out.push(row(t('summary.incidents.killed'), n(s.incidents.killed)));
  out.push(row(t('summary.incidents.injured'), n(s.incidents.injured)), '');

  out.push(t('summary.retained.title'));
  for (const r of s.retained.rows) {
    out.push(
      row(
        `${r.institution} (${r.mineType})`,
        n(r.start),
        n(r.retained + r.received),
        n(r.consumedTotal),
        n(r.transferredForDestruction + r.transferredToInstitution),
        n(r.end),
      ),
    );
  }
  out.push('');

  out.push(t('summary.check.title', { year: s.year }));
  out.push(
    t('summary.check.equation', {
      start: m2(check.remainingAtStart.m2),
      added: m2(check.newlyRecorded.m2),
      cancelled: m2(check.cancelled),
      reduced: m2(check.reduced),
      cleared: m2(check.cleared),
      expected: m2(check.expectedAtEndM2),
    }),
  );
  if (check.balanced && check.problems.length === 0) {
    out.push(t('summary.check.balanced', { end: m2(check.remainingAtEnd.m2) }));
  } else {
    out.push(t('summary.check.problems', { count: check.problems.length, end: m2(check.remainingAtEnd.m2) }));
    for (const p of check.problems) out.push(`- ${t(p.messageKey, p.params)}`);
  }
  return out;
}

/** `balise summary --db FILE --year YYYY [--json]`: the annual summary, as the app's screen shows it. */
export async function showSummary(options: Options, io: CliIo): Promise<void> {
  required(options, 'year');
  const year = yearOption(options, 'year', io) as number;
  const { summary, people } = await withStore(options, io, async (call) => ({
    summary: value<YearSummary>(await call('summary.year', { year })),
    people: value<PeopleYearSummary>(await call('summary.people', { year })),
  }));
  if (options.json) return io.out(JSON.stringify({ ...summary, people }, null, 2));
  for (const line of lines(summary, io)) io.out(line);
  io.out('');
  for (const line of peopleLines(people, cliTranslator(io.env), cliLanguage(io.env))) io.out(line);
  return undefined;
}
