import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface Harness {
  /** The harness's address with its token: opening it sets the session cookie. */
  url: string;
  origin: string;
  dbPath: string;
  dir: string;
}

/** Starts `dist/web.js` on a random port over a new database; resolves once it prints its URL. */
async function startHarness(dir: string): Promise<{ harness: Harness; child: ChildProcess }> {
  const dbPath = path.join(dir, 'balise.sqlite');
  const child = spawn(process.execPath, ['dist/web.js', '--port', '0', '--db', dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}: ${out}`)));
  });
  return { harness: { url, origin: new URL(url).origin, dbPath, dir }, child };
}

/** Each test gets its own harness and database, so tests never see each other's data. */
export const test = base.extend<{ harness: Harness; app: Page }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern, even when empty.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-e2e-'));
    const { harness, child } = await startHarness(dir);
    await use(harness);
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  },
  /** A page already inside the app (token exchanged); fails the test if a request leaves 127.0.0.1. */
  app: async ({ page, harness }, use) => {
    const remote: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(harness.origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
        remote.push(url);
      }
    });
    await page.goto(harness.url);
    await expect(page.locator('.app-header')).toBeVisible();
    await use(page);
    expect(remote, 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };

/** A screenshot of the whole page into the test output (test-results/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`), fullPage: true });
}

interface CuratedArea {
  code: string;
  name: string;
  region: string;
  cercle: string | null;
  locality: string;
  lat: number;
  lon: number;
  status: string;
  devices: [string, string, number | null][];
  m2: number;
  recordedOn: string;
}

/**
 * Records the 24 hand-written areas of `resources/demo/mali-register.json` through the page's own
 * API (`window.balise`), then reloads: a known register with no activity, operator or incident,
 * for tests that must control every figure (the demo button now writes much more).
 */
export async function loadCuratedRegister(page: Page): Promise<void> {
  const file = path.resolve('resources/demo/mali-register.json');
  const curated = JSON.parse(fs.readFileSync(file, 'utf8')) as { source: string; areas: CuratedArea[] };
  const failures = await page.evaluate(async ({ source, areas }) => {
    type Call = (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    const units = (await api.adminUnits!.list!()).value as {
      id: string;
      code: string;
      nameFr: string;
      parentId: string | null;
    }[];
    const problems: unknown[] = [];
    for (const a of areas) {
      const region = units.find((u) => u.code === a.region);
      const cercle = units.find((u) => u.parentId === region?.id && u.nameFr === a.cercle);
      const r = await api.hazards!.create!({
        code: a.code,
        name: a.name,
        regionId: region?.id,
        lowerUnitId: cercle?.id ?? null,
        locality: a.locality,
        latitude: a.lat,
        longitude: a.lon,
        status: a.status,
        devices: a.devices.map(([declaredCategory, activation, estimatedQuantity]) => ({
          declaredCategory,
          activation,
          estimatedQuantity,
        })),
        estimatedAreaM2: a.m2,
        recordedOn: a.recordedOn,
        source,
        notes: '',
      });
      if (!r.ok) problems.push({ code: a.code, error: r.error });
    }
    return problems;
  }, curated);
  expect(failures).toEqual([]);
  await page.reload();
  await expect(page.locator('tbody tr')).toHaveCount(curated.areas.length);
}
