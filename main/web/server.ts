import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { Envelope } from '../../shared/api/envelope';
import { FILE_METHODS, isMethodName } from '../../shared/api/methods';
import type { FileResult } from '../../shared/domain/files';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import type { Dispatch } from '../api/dispatch';
import { bridgeScript } from './bridge';
import { contentType, resolveInside } from './static';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Random per run; required (as a cookie) on every request. */
  token: string;
}

const COOKIE = 'balise_session';
const MAX_BODY = 10 * 1024 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return null;
}

/** Only our own address: a page on another site that rebinds DNS to 127.0.0.1 is refused. */
function hostAllowed(req: http.IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function send(res: http.ServerResponse, status: number, body: string | Uint8Array, type: string, extra = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

const STATUS: Record<string, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED: 501,
};

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>, status?: number) {
  const code = status ?? (envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 500));
  send(res, code, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

function forbidden(res: http.ServerResponse, status: 401 | 403) {
  sendEnvelope(res, { ok: false, error: { code: 'FORBIDDEN', messageKey: 'error.forbidden' } }, status);
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  dispatch: Dispatch,
) {
  const bad = (detail: string) =>
    sendEnvelope(res, {
      ok: false,
      error: { code: 'BAD_REQUEST', messageKey: 'error.badRequest', params: { detail } },
    });
  if (req.method !== 'POST') return bad('POST only');
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return bad('application/json only');
  const body = await readBody(req);
  if (body === null) return bad('body too large');
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return bad('malformed JSON');
  }
  const envelope = await dispatch(method, input);
  if (envelope.ok && isMethodName(method) && FILE_METHODS.has(method)) {
    const file = envelope.value as FileResult;
    return send(res, 200, file.bytes, file.mediaType, {
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-balise-filename': encodeURIComponent(file.fileName),
    });
  }
  return sendEnvelope(res, envelope);
}

function serveStatic(res: http.ServerResponse, rendererDir: string, urlPath: string) {
  const file = resolveInside(rendererDir, urlPath);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
  if (file.endsWith('index.html')) {
    // The bridge must define window.balise before the app's (deferred) module script runs.
    const html = fs
      .readFileSync(file, 'utf8')
      .replace('<head>', '<head>\n    <script src="/bridge.js"></script>');
    return send(res, 200, html, contentType(file));
  }
  return send(res, 200, fs.readFileSync(file), contentType(file));
}

/**
 * The browser harness: the built renderer and the handler table over HTTP on 127.0.0.1, for
 * development and tests only (not in the packaged app). Every request needs the per-run token,
 * first as `?token=` on the printed URL, which sets an HttpOnly SameSite=Strict cookie.
 */
export function createWebServer(options: WebServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!hostAllowed(req, port)) return forbidden(res, 403);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!sameSecret(offered, options.token)) return forbidden(res, 401);
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        location: '/',
        'set-cookie': `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return res.end();
    }
    const token = cookieToken(req);
    if (token === null || !sameSecret(token, options.token)) return forbidden(res, 401);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length), options.dispatch).catch(() =>
        sendEnvelope(res, { ok: false, error: { code: 'INTERNAL', messageKey: 'error.internal' } }),
      );
      return undefined;
    }
    if (url.pathname === '/bridge.js')
      return send(res, 200, bridgeScript(), 'text/javascript; charset=utf-8');
    return serveStatic(res, options.rendererDir, url.pathname);
  });
  return server;
}
