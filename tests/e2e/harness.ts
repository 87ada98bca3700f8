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
