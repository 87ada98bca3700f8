import fs from 'node:fs';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { contentType, resolveInside } from '../web/static';
import { APP_HOST, APP_SCHEME } from './appInfo';

/**
 * `app:` as a standard, secure scheme: the page gets an origin (`app://balise`) that CSP `'self'`
 * and the IPC sender check rely on, and a secure context. `corsEnabled` stays off: it would let
 * other origins read our responses. Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Sent with every app:// response, files and errors alike. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export interface AppResponsePlan {
  status: 200 | 404 | 405;
  /** The file to send; null for an error answer. */
  file: string | null;
  headers: Record<string, string>;
}

/**
 * Maps an app:// request to a file under the built renderer, or to an error: another host, a
 * port or credentials, or a path that leaves the folder (`..`, `%2e%2e`, `%2f`, backslashes, NUL)
 * all get 404. Pure apart from `isFile`, so tests run it without Electron.
 */
export function planAppResponse(
  requestUrl: string,
  rendererDir: string,
  isFile: (file: string) => boolean,
  method = 'GET',
): AppResponsePlan {
  const refuse = (status: 404 | 405): AppResponsePlan => ({
    status,
    file: null,
    headers: { ...APP_RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(404);
  }
  // `host` includes any port, so `app://balise:1/` is another origin and refused.
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return refuse(404);
  }
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  const file = resolveInside(rendererDir, url.pathname);
  if (!file || !isFile(file)) return refuse(404);
  return { status: 200, file, headers: { ...APP_RESPONSE_HEADERS, 'content-type': contentType(file) } };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The protocol handler: reads the planned file (inside app.asar in the packaged app). */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const plan = planAppResponse(request.url, rendererDir, isFile, request.method);
    if (!plan.file) {
      const text = plan.status === 405 ? 'Method not allowed' : 'Not found';
      return new Response(text, { status: plan.status, headers: plan.headers });
    }
    const body = request.method === 'HEAD' ? null : await fs.promises.readFile(plan.file);
    return new Response(body, { status: plan.status, headers: plan.headers });
  };
}

/** Before `ready`: declare the scheme's privileges. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** After `ready`: serve the built renderer on app://balise/. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
