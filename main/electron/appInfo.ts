/**
 * Names the shell uses in several places. `APP_ID` must equal `appId` in electron-builder.yml
 * (Windows groups taskbar entries and notifications by it); a test checks that it does.
 */
export const APP_NAME = 'Balise';
export const APP_ID = 'org.balise.desktop';

/**
 * The renderer is served from `app://balise/`, never from file://: a standard, secure scheme gives
 * the page a real origin that CSP `'self'` and the IPC sender check can name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'balise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;
