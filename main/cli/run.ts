import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors';
import { VERSION } from '../api/version';
import { exportArticle5 } from './article5';
import { backupCommand, listBackupsCommand, restoreCommand } from './backup';
import { checkArticle7, exportArticle7 } from './article7';
import { exportRegister, init, listHazards, loadDemo, showProfile } from './commands';
import type { Options } from './common';
import { importFile } from './import';
import { listImports, undoImportCommand } from './imports';
import { exportIncidents, incidentSummary } from './incidents';
import { showSummary } from './summary';
import { showWorkPlan } from './workplan';
import { exportOperatorReturnTemplate } from './template';
import { CliUserError, cliTranslator, type CliIo } from './io';

const COMMANDS: Record<string, (options: Options, io: CliIo) => Promise<void>> = {
  init,
  demo: loadDemo,
  summary: showSummary,
  'hazards list': listHazards,
  'profile show': showProfile,
  'export register': exportRegister,
  'incidents summary': incidentSummary,
  'export incidents': exportIncidents,
  'export article7': exportArticle7,
  'check article7': checkArticle7,
  workplan: showWorkPlan,
  'export article5': exportArticle5,
  'template operator-return': exportOperatorReturnTemplate,
  import: importFile,
  'imports list': listImports,
  'imports undo': undoImportCommand,
  backup: backupCommand,
  'backups list': listBackupsCommand,
  restore: restoreCommand,
};

const OPTIONS = {
  db: { type: 'string' },
  demo: { type: 'string' },
  json: { type: 'boolean' },
  region: { type: 'string' },
  status: { type: 'string' },
  device: { type: 'string' },
  search: { type: 'string' },
  sort: { type: 'string' },
  desc: { type: 'boolean' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  year: { type: 'string' },
  to: { type: 'string' },
  family: { type: 'string' },
  simplified: { type: 'boolean' },
  footnotes: { type: 'boolean' },
  request: { type: 'string' },
  kind: { type: 'string' },
  mapping: { type: 'string' },
  'save-mapping': { type: 'string' },
  'dry-run': { type: 'boolean' },
  problems: { type: 'string' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** node:util's parse errors are English prose; name the option in the user's language instead. */
function optionError(error: Error & { code?: string }): CliUserError {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]?.split(' ')[0] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new CliUserError('cli.unknownOption', { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new CliUserError('cli.optionNeedsValue', { option });
  return new CliUserError('cli.badOption', { detail: error.message.split('\n')[0] ?? '' });
}

/**
 * The headless entry: same handlers as the app. Returns the exit code: 0 success, 1 a user error
 * (one line on stderr, in the user's language), 2 an unexpected failure (one line, no stack trace).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = cliTranslator(io.env);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw optionError(error as Error & { code?: string });
    }
    const { values, positionals } = parsed;
    if (values.version) return (io.out(VERSION), 0);
    if (values.help || positionals.length === 0 || positionals[0] === 'help')
      return (io.out(t('cli.help')), 0);
    const single = ['init', 'demo', 'summary', 'workplan', 'import'].includes(positionals[0] ?? '');
    const name = single ? positionals[0]! : positionals.slice(0, 2).join(' ');
    const command = COMMANDS[name];
    const extra = positionals.slice(name.split(' ').length);
    // `import FILE`: the one command whose argument is not an option.
    const file = name === 'import' ? extra.shift() : undefined;
    if (name === 'import' && !file) throw new CliUserError('import.cli.missingFile');
    if (!command || extra.length > 0)
      throw new CliUserError('cli.unknownCommand', { command: positionals.join(' ') });
    await command({ ...values, ...(file ? { file } : {}) }, io);
    return 0;
  } catch (error) {
    if (error instanceof CliUserError) {
      io.err(t(error.messageKey, error.params));
      return 1;
    }
    if (error instanceof DatabaseOpenError) {
      io.err(t(error.messageKey, error.params));
      return 1;
    }
    io.err(t('cli.internal', { detail: String((error as Error)?.message ?? error).split('\n')[0] ?? '' }));
    return 2;
  }
}
