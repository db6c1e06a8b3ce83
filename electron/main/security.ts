import type { WebPreferences } from 'electron';

/** The scheme and host the renderer is served from inside the desktop app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'influmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Web preferences of every window (RELIABILITY.md P-05): the renderer is untrusted, so it gets no
 * Node, runs sandboxed and isolated, and reaches main only through the preload's typed bridge.
 */
export function makeWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for our own pages: `app://influmap/…`. Anything else is a foreign frame. */
export function isTrustedUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Links a user may open outside the app (their browser or mail client): https and mailto only,
 * never javascript:, file:, data: or a custom scheme that could launch a program.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return true;
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The parts of `webContents` the lockdown needs (so that tests can pass a fake). */
export type LockableContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(
      handler: (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
      ) => void,
    ): void;
    setPermissionCheckHandler(handler: () => boolean): void;
  };
};

/**
 * Denies navigation away from the app, every new window (safe external links go to the system
 * browser instead) and every permission request (camera, geolocation, notifications…).
 */
export function lockDown(contents: LockableContents, openExternal: (url: string) => void): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}
