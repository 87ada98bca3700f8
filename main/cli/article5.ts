import path from 'node:path';
import { LANGUAGES } from '../../shared/domain/common';
import { latestVersionId, requestModelOf } from '../api/requests';
import { writeArticle5Docx } from '../documents/article5/docx';
import { oneOf, required, withStore, writeFileAtomically, type Options } from './common';
import { CliUserError, cliTranslator, type CliIo } from './io';

/*
 * `balise export article5`: the request screen's Word draft. `--request` names a request (its
 * latest draft, else its latest version) or one version; without it, the newest request.
 */
export async function exportArticle5(options: Options, io: CliIo): Promise<void> {
  const lang = oneOf(options, 'lang', LANGUAGES) ?? 'fr';
  const out = path.resolve(io.cwd, required(options, 'out'));
  const named = typeof options.request === 'string' ? options.request : undefined;
  const bytes = await withStore(options, io, async (_call, store) => {
    const ctx = store.context;
    const versionId = named && ctx.repos.requests.version(named) ? named : latestVersionId(ctx, named);
    if (!versionId) {
      if (named) throw new CliUserError('cli.article5.unknownRequest', { id: named });
      throw new CliUserError('cli.article5.noRequest');
    }
    const version = ctx.repos.requests.version(versionId);
    if (!version) throw new CliUserError('cli.article5.unknownRequest', { id: versionId });
    return writeArticle5Docx(await requestModelOf(ctx, version), lang);
  });
  writeFileAtomically(out, bytes);
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}
