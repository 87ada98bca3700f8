// `npm test`: build, typecheck, lint, unit tests (vitest), end-to-end tests (Playwright), then one
// last line `N passed, N failed` over every runner, as CI reads it. Every step runs even when an
// earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  console.log(
    `  ${label}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return status === 0;
}

/** A check that is not a test runner (build, typecheck, lint) counts as one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
  return ok;
}

/** A test runner: its own JSON report gives the counts; no report means it crashed. */
function runner(label, command, args, reportFile, count) {
  fs.rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  if (!fs.existsSync(reportFile)) {
    results.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const { passed, failed, skipped } = count(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  results.passed += passed;
  results.failed += failed;
  results.skipped += skipped;
  if (failed > 0 || !ok) {
    if (failed === 0) results.failed += 1;
    failures.push(label);
  }
}

fs.mkdirSync('test-results', { recursive: true });
const built = check('build', process.execPath, ['scripts/build.mjs', '--quiet']);
check('typecheck (Node)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('typecheck (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('eslint', npx, ['eslint', '.', '--max-warnings', '0']);
check('prettier', npx, ['prettier', '--check', '.', '--log-level', 'warn']);
check('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);
runner(
  'vitest',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  'test-results/vitest.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }),
);
if (built) {
  runner('playwright', npx, ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  }));
} else {
  results.failed += 1;
  failures.push('playwright (not run: the build failed)');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${results.skipped} skipped (each prints its reason above)`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed === 0 ? 0 : 1;
