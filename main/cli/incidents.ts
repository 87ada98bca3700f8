import path from 'node:path';
import type { FileResult } from '../../shared/domain/files';
import { FAMILY_FILTERS, type IncidentSummary } from '../../shared/domain/incident';
import { summaryRowsIn } from '../../shared/rules/incidents';
import { value, withStore, writeFileAtomically, yearOption, type Options } from './common';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

/* `balise incidents summary` and `balise export incidents`: the same handlers as the summary
 * screen and its Excel button. */

/** The filter both commands share: `--from`, `--to` and `--family`, checked before the store opens. */
function summaryFilter(options: Options, io: CliIo) {
  const family = options.family;
  if (
    family !== undefined &&
    (typeof family !== 'string' || !(FAMILY_FILTERS as readonly string[]).includes(family))
  ) {
    throw new CliUserError('cli.badValue', {
      option: 'family',
      value: String(family),
      expected: FAMILY_FILTERS.join('|'),
    });
  }
  const fromYear = yearOption(options, 'from', io);
  const toYear = yearOption(options, 'to', io);
  return {
    ...(family ? { family } : {}),
    ...(fromYear !== undefined ? { fromYear } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
  };
}

/** Incidents by region and year as a tab-separated table (or the summary as JSON). */
export async function incidentSummary(options: Options, io: CliIo): Promise<void> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const filter = summaryFilter(options, io);
  const summary = await withStore(options, io, async (call) =>
    value<IncidentSummary>(await call('incidents.summary', filter)),
  );
  if (options.json) return io.out(JSON.stringify(summary, null, 2));
  if (summary.rows.length === 0) return io.out(t('cli.incidents.none'));
  io.out(
    [t('incident.summary.region'), ...summary.years.map(String), t('incident.summary.total')].join('\t'),
  );
  for (const row of summaryRowsIn(summary.rows, lang)) {
    io.out([lang === 'fr' ? row.nameFr : row.nameEn, ...row.counts, row.total].join('\t'));
  }
  io.out([t('incident.summary.total'), ...summary.yearTotals, summary.grandTotal].join('\t'));
  return io.out(t('cli.incidents.family', { family: t(`incident.family.filter.${summary.family}`) }));
}

/** Writes the summary workbook, beside the target first so a failure never leaves half a file. */
export async function exportIncidents(options: Options, io: CliIo): Promise<void> {
  const lang = options.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') {
    throw new CliUserError('cli.badValue', { option: 'lang', value: String(lang), expected: 'fr|en' });
  }
  if (typeof options.out !== 'string' || options.out === '') {
    throw new CliUserError('cli.missingOption', { option: 'out' });
  }
  const out = path.resolve(io.cwd, options.out);
  const filter = summaryFilter(options, io);
  const file = await withStore(options, io, async (call) =>
    value<FileResult>(await call('incidents.exportSummary', { ...filter, lang })),
  );
  writeFileAtomically(out, file.bytes);
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}
