import fs from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { createIpcHandler, type InvokeEvent } from '../../../main/electron/ipc';
import {
  APP_RESPONSE_HEADERS,
  createAppRequestHandler,
  planAppResponse,
} from '../../../main/electron/protocol';
import { tempDir } from '../../helpers/store';

// The security baseline items that the per-module tests leave open (issue 8): the traversal forms
// named in the issue against a real folder layout, the sender check on every method rather than
// one, and what the CSP forbids rather than only that it is there. The table in
// docs/decisions.md maps each baseline item to its test.

let root: string;
let rendererDir: string;
let passwd: string;
const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const inside = (file: string, dir: string) => file.startsWith(dir + path.sep);

beforeAll(() => {
  // root/app/renderer is served, so app://balise/../../etc/passwd would land on root/etc/passwd.
  root = tempDir('balise-baseline-');
  rendererDir = path.join(root, 'app', 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Balise</title>');
  passwd = path.join(root, 'etc', 'passwd');
  fs.mkdirSync(path.dirname(passwd));
  fs.writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/sh\n');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The example and its encoded, doubled, overlong and mixed forms. */
const TRAVERSALS = [
  'app://balise/../../etc/passwd',
  'app://balise/../../../../../../../../etc/passwd',
  'app://balise/assets/../../../etc/passwd',
  'app://balise/index.html/../../../etc/passwd',
  'app://balise/%2e%2e/%2e%2e/etc/passwd',
  'app://balise/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  'app://balise/..%2f..%2fetc%2fpasswd',
  'app://balise/.%2e/.%2e/etc/passwd',
  'app://balise/%2e./%2e./etc/passwd',
  'app://balise/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  'app://balise/..%5c..%5cetc%5cpasswd',
  'app://balise/..\\..\\etc\\passwd',
  'app://balise/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  'app://balise/%ef%bc%8e%ef%bc%8e/%ef%bc%8e%ef%bc%8e/etc/passwd',
  'app://balise/..%00/..%00/etc/passwd',
  'app://balise/....//....//etc/passwd',
  'app://balise/..;/..;/etc/passwd',
  'app://balise//etc/passwd',
  'app://balise/%2fetc%2fpasswd',
  'app://balise/file:///etc/passwd',
  'app:///etc/passwd',
  'app://%2e%2e/etc/passwd',
  'app://balise%2f..%2f..%2fetc/passwd',
];

describe('app:// never serves a file outside the renderer folder', () => {
  it.each(TRAVERSALS)('%s is answered 404, with the security headers', (url) => {
    const plan = planAppResponse(url, rendererDir, isFile);
    expect(plan.status).toBe(404);
    expect(plan.file).toBeNull();
    expect(plan.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the app itself from the same layout, so the 404s above are the check, not a broken fixture', () => {
    const plan = planAppResponse('app://balise/index.html', rendererDir, isFile);
    expect(plan).toMatchObject({ status: 200, file: path.join(rendererDir, 'index.html') });
    expect(isFile(passwd)).toBe(true);
  });

  it('resolves whatever it serves inside the folder, queries and fragments included', () => {
    for (const url of [...TRAVERSALS, 'app://balise/?../../etc/passwd', 'app://balise/#/../../etc/passwd']) {
      const { file } = planAppResponse(url, rendererDir, isFile);
      if (file !== null) expect(inside(file, rendererDir), url).toBe(true);
    }
  });

  it('never puts the outside file in a response body', async () => {
    const handle = createAppRequestHandler(rendererDir);
    for (const url of TRAVERSALS.filter((u) => !u.includes('\\'))) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('root:x:0:0');
    }
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('is sent with every app:// answer', () => {
    expect(APP_RESPONSE_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it("allows only the app's own origin by default, no plugins, no <base>, no framing, no form posts", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote origin, wildcard or unsafe keyword in any directive', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^(https?:|wss?:|\*)|unsafe-|^'strict-dynamic'$/);
      }
    }
  });
});

describe('IPC from a sender other than the top frame of app://balise', () => {
  const TOP = { url: 'app://balise/index.html', parent: null };
  const strangers: InvokeEvent['senderFrame'][] = [
    { url: 'app://balise/index.html', parent: TOP },
    { url: 'https://www.gichd.org/', parent: null },
    { url: 'file:///etc/passwd', parent: null },
    { url: 'app://evil/index.html', parent: null },
    { url: 'data:text/html,<script>balise</script>', parent: null },
    null,
  ];

  it('is refused for every method of the contract, before validation or any handler', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }));
    const saveFile = vi.fn();
    for (const method of METHOD_NAMES) {
      const handler = createIpcHandler(method, { dispatch, saveFile });
      for (const senderFrame of strangers) {
        const answer = await handler({ senderFrame, sender: {} as WebContents }, {});
        expect(answer, `${method} from ${senderFrame?.url ?? 'a gone frame'}`).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', messageKey: 'error.forbidden' },
        });
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(saveFile).not.toHaveBeenCalled();
    // The same binding lets the app's own page through: the refusals above are the sender check.
    await createIpcHandler('settings.get', { dispatch, saveFile })(
      { senderFrame: TOP, sender: {} as WebContents },
      {},
    );
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
