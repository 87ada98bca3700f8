import path from 'node:path';
import { reportPeriodSchema, type ReportPeriod } from '../../shared/domain/article7';
import { EXPORT_FORMATS } from '../../shared/domain/files';
import { LANGUAGES } from '../../shared/domain/common';
import { checksOf, reportForPeriod } from '../api/reportModels';
import { findingLine } from '../api/reportChecksXlsx';
import { writeReport } from '../api/reports';
import { oneOf, required, withStore, writeFileAtomically, yearOption, type Options } from './common';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

/*
 * `balise export article7` and `balise check article7`: the Reports screen's export and checks for
 * a period, from the latest report stored for it, or from a draft built on the fly (not stored).
 */

/** `--year YYYY` (the calendar year), or `--from DATE --to DATE`; checked before the store opens. */
function periodOption(options: Options, io: CliIo): ReportPeriod {
  const year = yearOption(options, 'year', io);
  const hasDates = options.from !== undefined || options.to !== undefined;
  if (year !== undefined && hasDates) throw new CliUserError('cli.article7.yearOrDates');
  if (year !== undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (!hasDates) throw new CliUserError('cli.missingOption', { option: 'year' });
  const period = { from: required(options, 'from'), to: required(options, 'to') };
  const parsed = reportPeriodSchema.safeParse(period);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path[0] === 'to' ? 'to' : 'from';
    if (issue?.message === 'article7.errors.periodOrder')
      throw new CliUserError('article7.errors.periodOrder');
    throw new CliUserError('cli.badValue', {
      option,
      value: String(period[option]),
      expected: cliTranslator(io.env)('cli.article7.dateFormat'),
    });
  }
  return parsed.data;
}

export async function exportArticle7(options: Options, io: CliIo): Promise<void> {
  const format = oneOf(options, 'format', EXPORT_FORMATS);
  if (!format) throw new CliUserError('cli.missingOption', { option: 'format' });
  const lang = oneOf(options, 'lang', LANGUAGES) ?? 'fr';
  const out = path.resolve(io.cwd, required(options, 'out'));
  const period = periodOption(options, io);
  const simplifiedCover = options.simplified === true;
  const footnotes = options.footnotes === true;
  const bytes = await withStore(options, io, async (_call, store) => {
    const { model } = reportForPeriod(store.context, period);
    return writeReport(model, { format, lang, simplifiedCover, footnotes });
  });
  writeFileAtomically(out, bytes);
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}

/** One line per finding in the CLI's language; exit 0 whatever is found (findings are not errors). */
export async function checkArticle7(options: Options, io: CliIo): Promise<void> {
  const period = periodOption(options, io);
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const findings = await withStore(options, io, async (_call, store) => {
    const { model, id } = reportForPeriod(store.context, period);
    return checksOf(store.context, model, period, id);
  });
  if (options.json) return io.out(JSON.stringify(findings, null, 2));
  if (findings.length === 0) return io.out(t('cli.article7.noFindings'));
  for (const f of findings) {
    const where = f.record ? ` [${f.record.type} ${f.record.id}]` : '';
    const form = f.form === 'cover' ? t('reports.checks.cover') : t('article7.form', { id: f.form });
    io.out(`${t(`reports.checks.severity.${f.severity}`)}\t${form}\t${findingLine(t, lang, f)}${where}`);
  }
  return io.out(t('cli.article7.findings', { count: findings.length }));
}
