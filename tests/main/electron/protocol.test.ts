import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  planAppResponse,
  registerAppScheme,
} from '../../../main/electron/protocol';
import { tempDir } from '../../helpers/store';

let root: string;
let rendererDir: string;
const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const plan = (url: string, method = 'GET') => planAppResponse(url, rendererDir, isFile, method);

beforeAll(() => {
  root = tempDir('balise-protocol-');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Balise</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // A file just outside the served folder: what a traversal would try to read.
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(root, 'renderer-evil.txt'), 'sibling');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme, without CORS for other origins', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
  });
});

describe('mapping app:// requests to files', () => {
  it('serves the renderer files with their content type', () => {
    expect(plan('app://balise/index.html')).toMatchObject({
      status: 200,
      file: path.join(rendererDir, 'index.html'),
    });
    expect(plan('app://balise/')).toMatchObject({ status: 200, file: path.join(rendererDir, 'index.html') });
    const script = plan('app://balise/assets/app.js');
    expect(script.file).toBe(path.join(rendererDir, 'assets', 'app.js'));
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses every way out of the renderer folder', () => {
    for (const url of [
      'app://balise/../secret.txt',
      'app://balise/%2e%2e/secret.txt',
      'app://balise/%2E%2E/%2e%2e/secret.txt',
      'app://balise/assets/../../secret.txt',
      'app://balise/..%2fsecret.txt',
      'app://balise/assets/..%2f..%2fsecret.txt',
      'app://balise/..%5csecret.txt',
      'app://balise/%2e%2e%5csecret.txt',
      'app://balise/../renderer-evil.txt',
      'app://balise/index.html%00.js',
      'app://balise/%E0%A4%A',
    ]) {
      const answer = plan(url);
      expect(answer.status, url).toBe(404);
      expect(answer.file, url).toBeNull();
    }
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://balise.evil/index.html',
      'app://balise:8080/index.html',
      'app://user@balise/index.html',
      'file:///index.html',
      'https://balise/index.html',
      'not a url',
    ]) {
      expect(plan(url).status, url).toBe(404);
    }
  });

  it('answers 404 for a missing file or a folder, 405 for writes', () => {
    expect(plan('app://balise/nothing.js').status).toBe(404);
    expect(plan('app://balise/assets').status).toBe(404);
    expect(plan('app://balise/index.html', 'POST').status).toBe(405);
  });

  it('sets the CSP and nosniff on every answer, errors included', () => {
    for (const url of ['app://balise/index.html', 'app://balise/../secret.txt', 'app://evil/x']) {
      const { headers } = plan(url);
      expect(headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});

describe('the protocol handler', () => {
  const handle = () => createAppRequestHandler(rendererDir);

  it('answers the file with the security headers', async () => {
    const response = await handle()(new Request('app://balise/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Balise</title>');
  });

  it('never reads a file outside the folder', async () => {
    const response = await handle()(new Request('app://balise/..%2fsecret.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
