import type { ImportRecord } from '../../shared/domain/importing';
import { formatDate, formatNumber } from '../../shared/i18n/format';
import { required, value, withStore, type Options } from './common';
import { cliLanguage, cliTranslator, type CliIo } from './io';

/** `balise imports list --db FILE [--json]`: the import log, newest first. */
export async function listImports(options: Options, io: CliIo): Promise<void> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const imports = await withStore(options, io, async (call) =>
    value<ImportRecord[]>(await call('imports.list', {})),
  );
  if (options.json) return io.out(JSON.stringify(imports, null, 2));
  if (imports.length === 0) return io.out(t('import.cli.noImports'));
  for (const entry of imports) {
    const n = (x: number) => formatNumber(x, lang);
    io.out(
      t('import.cli.logLine', {
        id: entry.id,
        date: formatDate(entry.importedAt.slice(0, 10), lang),
        file: entry.fileName,
        user: entry.userName || '—',
        new: n(entry.counts.new),
        updated: n(entry.counts.updated),
        undone: entry.undoneAt ? 'yes' : 'no',
      }),
    );
  }
}

/** `balise imports undo --db FILE --id ID`: undoes one import as a whole. */
export async function undoImportCommand(options: Options, io: CliIo): Promise<void> {
  const id = required(options, 'id');
  const undone = await withStore(options, io, async (call) =>
    value<ImportRecord>(await call('imports.undo', { id })),
  );
  io.out(cliTranslator(io.env)('import.cli.undone', { file: undone.fileName }));
}
