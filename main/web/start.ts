// `npm run web`: the browser harness. Serves dist/renderer and the handler table on 127.0.0.1
// behind a per-run token. Development and tests only; never part of the packaged app.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDatabasePath } from '../api/databasePath';
import { createDispatcher } from '../api/dispatch';
import { openStore } from '../api/store';
import { DatabaseOpenError } from '../db/errors';
import { createTranslator } from '../../shared/i18n/index';
import { createWebServer } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, db: { type: 'string' } },
  strict: true,
});
const port = Number(values.port);
const dbPath = resolveDatabasePath(process.argv, process.env, path.resolve('.cache/web/balise.sqlite'))!;

try {
  const store = openStore({ path: dbPath, mode: 'openOrCreate' });
  const dispatch = createDispatcher(store.context, undefined, { checkOutputs: true });
  const token = randomBytes(24).toString('base64url');
  const server = createWebServer({ dispatch, rendererDir: path.join(here, 'renderer'), token });
  server.listen(Number.isInteger(port) ? port : 0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`Balise browser harness: http://127.0.0.1:${address.port}/?token=${token}`);
    console.log(`Database: ${store.context.databasePath}`);
  });
  const stop = () => server.close(() => (store.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DatabaseOpenError) {
    console.error(createTranslator('fr')(error.messageKey, error.params));
    process.exit(1);
  }
  throw error;
}
