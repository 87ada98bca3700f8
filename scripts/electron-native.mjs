// Builds better-sqlite3 for Electron's ABI into build/native/electron/better_sqlite3.node, for
// `npm start` and `npm run dist`. node_modules/better-sqlite3 keeps its own build for Node, which
// the tests and the CLI load: the two never overwrite each other, so `npm test` and `npm start`
// run in any order (environment.md, "Native module"). The Electron main passes this file to
// better-sqlite3 as `nativeBinding`.
//
// It works on a copy of the package in a temporary folder: first `prebuild-install` (a prebuilt
// binary from the project's GitHub releases), else `node-gyp rebuild` against Electron's headers
// (electronjs.org). Both need the internet; without it the script stops with an explanation.
// Skipped when the stamp says the file is already built for this Electron, better-sqlite3,
// platform and architecture. Never called by `npm test`.
//
//   node scripts/electron-native.mjs [--force] [--platform win32|linux] [--arch x64|arm64]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    platform: { type: 'string', default: process.platform },
    arch: { type: 'string', default: process.arch },
  },
  strict: true,
});

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const electronDir = path.dirname(require.resolve('electron/package.json'));
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const wanted = {
  electron: readJson(path.join(electronDir, 'package.json')).version,
  betterSqlite3: readJson(path.join(sqliteDir, 'package.json')).version,
  platform: values.platform,
  arch: values.arch,
};
const outDir = path.join(root, 'build', 'native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const label = `better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;

function upToDate() {
  if (!fs.existsSync(outFile) || !fs.existsSync(stampFile)) return false;
  try {
    const stamp = readJson(stampFile);
    return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

if (!values.force && upToDate()) {
  console.log(`electron-native: ${label} is up to date (${path.relative(root, outFile)}).`);
  process.exit(0);
}

/**
 * npm passes its settings to scripts as npm_config_* variables. This machine's ~/.npmrc sets
 * `nodedir` (Node's own headers), which would make node-gyp build for Node's ABI again: drop every
 * setting that chooses headers or a runtime, and pass ours on the command line.
 */
function cleanEnv() {
  const env = { ...process.env };
  const chooses =
    /^npm_config_(nodedir|target|target_arch|arch|platform|runtime|disturl|dist_url|build_from_source)$/i;
  for (const key of Object.keys(env)) if (chooses.test(key)) delete env[key];
  return env;
}

function run(what, script, args, cwd) {
  console.log(`electron-native: ${what}…`);
  const { status, error } = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: cleanEnv(),
    stdio: 'inherit',
    timeout: 15 * 60 * 1000,
  });
  return status === 0 && !error;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-native-'));
try {
  for (const entry of ['package.json', 'binding.gyp', 'lib', 'src', 'deps']) {
    fs.cpSync(path.join(sqliteDir, entry), path.join(work, entry), { recursive: true });
  }
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const common = [`--target=${wanted.electron}`, `--arch=${wanted.arch}`];

  let ok = run(
    `downloading a prebuilt ${label}`,
    require.resolve('prebuild-install/bin.js'),
    ['--runtime=electron', ...common, `--platform=${wanted.platform}`, '--verbose'],
    work,
  );
  if (!(ok && fs.existsSync(built))) {
    if (wanted.platform !== process.platform) {
      fail(
        `no prebuilt binary could be downloaded, and node-gyp cannot compile for ${wanted.platform} here.`,
      );
    }
    ok = run(
      `compiling ${label} with node-gyp (about 2 minutes)`,
      require.resolve('node-gyp/bin/node-gyp.js'),
      [
        'rebuild',
        '--release',
        ...common,
        '--dist-url=https://electronjs.org/headers',
        // Electron's headers in their own cache, never mixed with Node's.
        `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
      ],
      work,
    );
  }
  if (!(ok && fs.existsSync(built))) {
    fail(
      'both the prebuilt download (github.com) and the headers for compiling (electronjs.org) need the internet.',
    );
  }
  if (wanted.platform === process.platform) checkAbi(built);

  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, `${outFile}.partial`);
  fs.renameSync(`${outFile}.partial`, outFile);
  fs.writeFileSync(
    stampFile,
    `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`electron-native: ${label} → ${path.relative(root, outFile)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

/**
 * Node must refuse the file, naming Electron's module version: proof that it was built for
 * Electron and not, by a stray setting, for Node.
 */
function checkAbi(file) {
  const abiFile = path.join(electronDir, 'abi_version');
  if (!fs.existsSync(abiFile)) return;
  const abi = fs.readFileSync(abiFile, 'utf8').trim();
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); } catch (e) { console.log(e.message); }`,
    ],
    { encoding: 'utf8' },
  );
  const message = `${probe.stdout}${probe.stderr}`.trim();
  if (message.includes(`NODE_MODULE_VERSION ${abi}`)) return;
  if (message === '' || message.includes('NODE_MODULE_VERSION')) {
    fail(`the module was not built for Electron's NODE_MODULE_VERSION ${abi}: ${message || 'Node loads it'}`);
  }
  console.warn(`electron-native: could not confirm the module's ABI (${message}); continuing.`);
}

function fail(reason) {
  console.error(`
electron-native: could not get ${label}:
  ${reason}
Electron loads better-sqlite3 from ${path.relative(root, outFile)}, built for Electron's ABI.
Run \`node scripts/electron-native.mjs\` again on a machine with internet access (or copy that
file and its stamp.json from one). Tests and the CLI do not need it: \`npm test\` works without it.`);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
