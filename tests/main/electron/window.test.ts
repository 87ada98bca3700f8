import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../main/electron/window';

describe('the window options (Electron security checklist)', () => {
  const options = windowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
  const web = options.webPreferences ?? {};

  it('sandboxes the renderer and isolates its context', () => {
    expect(web.sandbox).toBe(true);
    expect(web.contextIsolation).toBe(true);
  });

  it('gives the page no Node.js, in the page, its workers or its frames', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, <webview> and experimental features', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the bundled preload and never reaches the network for spelling dictionaries', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
    expect(web.spellcheck).toBe(false);
  });

  it('offers developer tools only in a development run', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('is titled Balise and shown only once painted', () => {
    expect(options.title).toBe('Balise');
    expect(options.show).toBe(false);
  });
});
