import path from 'node:path';
import type { FileResult } from '../../shared/domain/files';
import { oneOf, required, value, withStore, writeFileAtomically, type Options } from './common';
import { cliTranslator, type CliIo } from './io';

/**
 * `balise template operator-return --db FILE --lang fr|en --out FILE`: the operator reporting
 * template, with the reference lists (regions, cercles, operators, languages) of the database.
 */
export async function exportOperatorReturnTemplate(options: Options, io: CliIo): Promise<void> {
  const lang = oneOf(options, 'lang', ['fr', 'en'] as const) ?? 'fr';
  const out = path.resolve(io.cwd, required(options, 'out'));
  await withStore(options, io, async (call) => {
    const file = value<FileResult>(await call('templates.operatorReturn', { lang }));
    writeFileAtomically(out, file.bytes);
  });
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}
