import type { Session, WebContents } from 'electron';

/**
 * The only sites the app may hand to the system browser: the reference texts a national
 * authority consults while reporting. Anything else (a link in imported data, a typo) stays closed.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  // The Convention's Implementation Support Unit: reporting forms and guides.
  'www.apminebanconvention.org',
  // GICHD: IMSMA and the Article 7 reporting guide.
  'www.gichd.org',
  // International Mine Action Standards (land release terms).
  'www.mineactionstandards.org',
]);

/** True for a parsed `https:` URL on the allow-list, with no credentials and no odd port. */
export function isAllowedExternalUrl(raw: string, hosts: ReadonlySet<string> = EXTERNAL_HOSTS): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hosts.has(url.hostname)
  );
}

/**
 * The page never leaves app://balise: every navigation and redirect is cancelled, no window is
 * ever opened, no <webview> attached. An allow-listed https link goes to the system browser instead.
 * Applied to every webContents the app creates ('web-contents-created'), not only the main window.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => refuse(event, event.url));
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Every remote scheme Chromium could reach; the app is offline by design. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * The session's permissions: every request and check is refused (camera, geolocation,
 * notifications, clipboard reads, USB/HID/serial devices…); the renderer needs none. Downloads are
 * cancelled (exports go through the save dialog in the main process), and any request to a remote
 * scheme is cancelled as a second wall behind the CSP.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
