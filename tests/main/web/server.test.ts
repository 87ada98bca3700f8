import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { createWebServer } from '../../../main/web/server';
import { resolveInside } from '../../../main/web/static';
import { sampleHazard, tempDir, testStore } from '../../helpers/store';

const TOKEN = 'test-token-0123456789';
let t: ReturnType<typeof testStore>;
let server: http.Server;
let port: number;
let cookie: string;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request, so that the Host header and odd paths go out exactly as written. */
function request(
  method: string,
  urlPath: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const api = (method: string, input: unknown, extra: Record<string, string> = {}) =>
  request('POST', `/api/${method}`, {
    headers: { cookie, 'content-type': 'application/json', ...extra },
    body: JSON.stringify(input),
  });
const json = (r: Reply) => JSON.parse(r.body.toString('utf8'));

beforeAll(async () => {
  t = testStore();
  const rendererDir = tempDir();
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>B</title></head></html>',
  );
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = createWebServer({ dispatch: t.call, rendererDir, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  cookie = `balise_session=${TOKEN}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.cleanup();
});

describe('browser harness: access', () => {
  it('refuses every request without the token', async () => {
    expect((await request('GET', '/')).status).toBe(401);
    const call = await request('POST', '/api/hazards.list', {
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(call.status).toBe(401);
    expect(json(call)).toEqual({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'error.forbidden' } });
  });

  it('refuses a wrong token, and a wrong cookie', async () => {
    expect((await request('GET', '/?token=guess')).status).toBe(401);
    expect((await request('GET', '/', { headers: { cookie: 'balise_session=guess' } })).status).toBe(401);
  });

  it('exchanges the token in the URL for an HttpOnly, SameSite=Strict cookie', async () => {
    const r = await request('GET', `/?token=${TOKEN}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(r.headers['set-cookie']?.[0]).toBe(`balise_session=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const r = await request('GET', '/', { headers: { cookie, host: `evil.example:${port}` } });
    expect(r.status).toBe(403);
  });
});

describe('browser harness: pages', () => {
  it('serves the renderer with the bridge injected and the CSP on every response', async () => {
    const r = await request('GET', '/', { headers: { cookie } });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<head>\n    <script src="/bridge.js"></script>');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a bridge that defines one function per API method', async () => {
    const r = await request('GET', '/bridge.js', { headers: { cookie } });
    const text = r.body.toString();
    for (const method of METHOD_NAMES) expect(text).toContain(`"${method}"`);
    expect(text).not.toContain(TOKEN);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of [
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cpackage.json',
    ]) {
      const r = await request('GET', p, { headers: { cookie } });
      expect(r.status, p).toBe(404);
      expect(r.body.toString()).not.toContain('root:');
    }
  });
});

describe('browser harness: API', () => {
  it('answers the same envelope as the handlers', async () => {
    const r = await api('hazards.create', sampleHazard(t.regionId('GAO'), { code: 'GAO-1' }));
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ ok: true, value: { area: { code: 'GAO-1' } } });
  });

  it('refuses a bad payload with a VALIDATION envelope and writes nothing', async () => {
    const before = t.store.repos.hazards.count();
    const r = await api('hazards.create', { code: 42 });
    expect(r.status).toBe(400);
    expect(json(r).error.code).toBe('VALIDATION');
    expect(t.store.repos.hazards.count()).toBe(before);
  });

  it('refuses malformed JSON, other content types, GET and unknown methods', async () => {
    const malformed = await request('POST', '/api/hazards.list', {
      headers: { cookie, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(json(malformed).error).toMatchObject({
      code: 'BAD_REQUEST',
      params: { detail: 'malformed JSON' },
    });
    const plain = await request('POST', '/api/hazards.list', {
      headers: { cookie, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(plain.status).toBe(400);
    expect((await request('GET', '/api/hazards.list', { headers: { cookie } })).status).toBe(400);
    expect(json(await api('system.shutdown', {})).error.messageKey).toBe('error.unknownMethod');
  });

  it('answers a file method with the file itself, as a download', async () => {
    const r = await api('exports.register', { format: 'xlsx', lang: 'fr' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''.+\.xlsx$/);
    expect(r.body.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the root', () => {
    expect(resolveInside('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe(path.resolve('/srv/app/assets/a.js'));
    expect(resolveInside('/srv/app', '/../../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/a%00.js')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/app', '/..\\..\\x')).toBeNull();
  });
});
