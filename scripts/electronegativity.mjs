// Electronegativity (Doyensec's static checker for Electron apps) over the app's sources, as a step
// of `npm test`. Exit 1 on any finding that is not in the reviewed allow-list
// (security/electronegativity-allow.json: check id, file, one-line justification), on an allow-list
// entry that no longer matches anything (so the list stays reviewed), and on a file it cannot parse.
//
// Offline by construction: the tool fetches translations and Electron's release list over the
// network with `got`; that module is replaced by one that fails at once, which the tool handles
// (English messages, no release data). The release-list check is excluded: its answer would depend
// on the network, and Electron upgrades are deliberate (package-lock.json).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(path.join(toolDir, 'package.json'));

const offline = () => Promise.reject(new Error('offline: Balise runs Electronegativity without network'));
offline.head = offline;
offline.get = offline;
const gotPath = toolRequire.resolve('got');
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

const ALLOW_FILE = path.join(root, 'security', 'electronegativity-allow.json');
/** The whole app as one tree, so the global checks (navigation, permissions) see main and renderer. */
const SCANNED = ['main', 'renderer', 'shared', 'package.json'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function readAllowList() {
  const entries = JSON.parse(fs.readFileSync(ALLOW_FILE, 'utf8'));
  const problems = [];
  if (!Array.isArray(entries)) problems.push('the allow-list must be a JSON array');
  for (const [i, entry] of (Array.isArray(entries) ? entries : []).entries()) {
    const ok =
      entry &&
      typeof entry.check === 'string' &&
      typeof entry.file === 'string' &&
      typeof entry.justification === 'string' &&
      entry.justification.trim().length >= 20 &&
      !entry.justification.includes('\n') &&
      Object.keys(entry).length === 3;
    if (!ok) problems.push(`allow-list entry ${i}: needs exactly check, file and a one-line justification`);
  }
  return { entries: Array.isArray(entries) ? entries : [], problems };
}

/**
 * The renderer's CSP is sent as an app:// response header, which the tool's CSP check cannot see
 * (it reports "no CSP"). Its own evaluator is run here on the real policy instead; each finding is
 * reported as CSP_EVALUATOR:<directive> in shared/security.ts, through the same allow-list.
 */
function cspFindings() {
  const source = fs.readFileSync(path.join(root, 'shared', 'security.ts'), 'utf8');
  const block = /CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\('; '\)/.exec(source);
  if (!block) throw new Error('shared/security.ts: CONTENT_SECURITY_POLICY not found where expected');
  const policy = [...block[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('; ');
  const csp = toolRequire('@doyensec/csp-evaluator');
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  return findings
    .filter((f) => f.severity < csp.severities.INFO)
    .map((f) => ({
      check: `CSP_EVALUATOR:${f.directive}`,
      file: 'shared/security.ts',
      where: '-',
      description: f.description,
    }));
}

async function scan() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-electronegativity-'));
  try {
    for (const item of SCANNED) fs.cpSync(path.join(root, item), path.join(stage, item), { recursive: true });
    const electron = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
    );
    const run = require('@doyensec/electronegativity');
    const log = console.log;
    // The tool prints "Could not retrieve updated translations" when the network is refused.
    console.log = (...args) => {
      if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
    };
    try {
      return await run({
        input: stage,
        isRelative: true,
        excludeFromScan: EXCLUDED_CHECKS,
        electronVersionOverride: electron.version,
      });
    } finally {
      console.log = log;
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

const { entries, problems } = readAllowList();
const result = await scan();
const findings = [
  ...result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    where: `${issue.location.line}:${issue.location.column}`,
    description: String(issue.description).split('\n')[0],
  })),
  ...cspFindings(),
];
const allowed = (f) => entries.some((e) => e.check === f.check && e.file === f.file);
const unjustified = findings.filter((f) => !allowed(f));
const stale = entries.filter((e) => !findings.some((f) => e.check === f.check && e.file === f.file));

console.log(
  `Electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${SCANNED.join(', ')}`,
);
for (const f of findings) {
  console.log(
    `  ${allowed(f) ? 'allowed   ' : 'NOT ALLOWED'} ${f.check}  ${f.file} ${f.where}  ${f.description}`,
  );
}
for (const e of result.errors) problems.push(`could not analyse ${e.file}: ${e.message}`);
for (const e of stale)
  problems.push(`allow-list entry matches nothing any more, remove it: ${e.check} ${e.file}`);
for (const f of unjustified) {
  problems.push(
    `unjustified finding ${f.check} in ${f.file} ${f.where}: fix it, or justify it in ${path.relative(root, ALLOW_FILE)}`,
  );
}
if (problems.length) {
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exitCode = 1;
} else {
  console.log(`  ${findings.length} findings, all justified in ${path.relative(root, ALLOW_FILE)}`);
}
