import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  REMOTE_URL_PATTERNS,
} from '../../../main/electron/security';

type Listener = (...args: unknown[]) => unknown;

/** Records what the shell registers on a webContents, so a test can fire the events itself. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: Listener) => {
      openHandler = fn;
    },
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event;
  };
  return {
    // A structural fake: only the two members hardenWebContents uses.
    contents: contents as unknown as WebContents,
    listeners,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('external links', () => {
  it('accepts only parsed https URLs on the allow-list', () => {
    expect(isAllowedExternalUrl('https://www.apminebanconvention.org/en/states-parties/mali/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.gichd.org/')).toBe(true);
  });

  it('refuses other schemes, hosts, look-alikes, credentials, ports and garbage', () => {
    for (const url of [
      'http://www.gichd.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://balise/index.html',
      'https://example.com/',
      'https://www.gichd.org.evil.example/',
      'https://evil.example/www.gichd.org',
      'https://user:pw@www.gichd.org/',
      'https://www.gichd.org:8443/',
      'ms-msdt:/id PCWDiagnostic',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('web contents hardening', () => {
  it('prevents every navigation, opening allow-listed https links in the system browser only', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(fake.contents, openExternal);
    const away = fake.fire('will-navigate', 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const file = fake.fire('will-navigate', 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    const self = fake.fire('will-navigate', 'app://balise/other.html');
    expect(self.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
    const guide = fake.fire('will-navigate', 'https://www.gichd.org/');
    expect(guide.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.gichd.org/');
  });

  it('prevents redirects and <webview> attachment', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect(fake.fire('will-redirect', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(fake.fire('will-attach-webview', 'https://example.com/').preventDefault).toHaveBeenCalled();
  });

  it('denies window.open whatever the URL', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(fake.contents, openExternal);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://balise/index.html')).toEqual({ action: 'deny' });
    expect(fake.open('https://www.apminebanconvention.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.apminebanconvention.org/');
  });
});

describe('session hardening', () => {
  function fakeSession() {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (fn: Listener) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: Listener) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: Listener) => (handlers.device = fn),
      on: (name: string, fn: Listener) => (handlers[name] = fn),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, fn: Listener) => {
          handlers.filter = () => filter;
          handlers.beforeRequest = fn;
        },
      },
    };
    hardenSession(session as unknown as Session);
    return handlers;
  }

  it('denies every permission request and check, whatever the permission', () => {
    const handlers = fakeSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://balise', {}), permission).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels downloads and every request to a remote scheme', () => {
    const handlers = fakeSession();
    const download = { preventDefault: vi.fn() };
    handlers['will-download']!(download);
    expect(download.preventDefault).toHaveBeenCalled();
    expect(handlers.filter!()).toEqual({ urls: REMOTE_URL_PATTERNS });
    expect(REMOTE_URL_PATTERNS).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    const callback = vi.fn();
    handlers.beforeRequest!({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
