import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built script of a worker thread, `dist/workers/<name>.js`, seen from the bundle that asks:
 * dist/cli.js, dist/bench.js and dist/web.js sit beside `workers/`, dist/electron/main.js one level
 * below. Null when Balise runs from its TypeScript sources (the tests): the work then runs in the
 * calling thread, through the same functions.
 */
export function builtWorker(name: string): string | null {
  if (process.env.BALISE_NO_WORKERS === '1') return null;
  const here = import.meta.url;
  if (!here.startsWith('file:') || !here.endsWith('.js')) return null;
  for (const relative of [`./workers/${name}.js`, `../workers/${name}.js`]) {
    const file = fileURLToPath(new URL(relative, here));
    if (fs.existsSync(file)) return file;
  }
  return null;
}
