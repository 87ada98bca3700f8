// Builds everything with Vite: the renderer (vite.config.ts), then the Node-side entries —
// Electron main (ESM), the sandboxed preload (one CommonJS file, as sandboxed preloads require),
// the CLI and the browser harness. Dependencies stay external: they ship in node_modules.
import { builtinModules } from 'node:module';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), 'electron'];
const external = (id) =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

const quiet = process.argv.includes('--quiet') ? 'warn' : 'info';

/** A Node-side bundle. */
async function nodeBuild({ entry, outDir, fileName, format = 'es', banner, bundleAll = false }) {
  await build({
    configFile: false,
    logLevel: quiet,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: entry,
      rolldownOptions: {
        external: bundleAll ? ['electron'] : external,
        output: { format, entryFileNames: fileName, ...(banner ? { banner } : {}) },
      },
    },
    ssr: bundleAll ? { noExternal: true, external: ['electron'] } : {},
  });
}

rmSync('dist', { recursive: true, force: true });
await build({ configFile: 'vite.config.ts', logLevel: quiet });
await nodeBuild({ entry: 'main/electron/main.ts', outDir: 'dist/electron', fileName: 'main.js' });
await nodeBuild({
  entry: 'main/electron/preload.ts',
  outDir: 'dist/electron',
  fileName: 'preload.cjs',
  format: 'cjs',
  bundleAll: true,
});
await nodeBuild({ entry: 'main/cli.ts', outDir: 'dist', fileName: 'cli.js', banner: '#!/usr/bin/env node' });
// `npx balise` runs the file itself (the package's bin): it must be executable on a fresh clone.
chmodSync('dist/cli.js', 0o755);
await nodeBuild({ entry: 'main/web/start.ts', outDir: 'dist', fileName: 'web.js' });
await nodeBuild({ entry: 'main/bench/run.ts', outDir: 'dist', fileName: 'bench.js' });
// Worker threads (main/workers/location.ts finds them from dist/ and dist/electron/): the import's
// reader and the backup taken while an import is checked.
await nodeBuild({ entry: 'main/import/read/worker.ts', outDir: 'dist/workers', fileName: 'importReader.js' });
await nodeBuild({ entry: 'main/db/backupWorker.ts', outDir: 'dist/workers', fileName: 'backupWorker.js' });
