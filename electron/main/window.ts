import { BrowserWindow, shell } from 'electron';
import { APP_ORIGIN, isSafeExternalUrl, lockDown, makeWebPreferences } from './security';

/** Creates the main window on our own origin, locked down before any page loads. */
export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Influmap',
    webPreferences: makeWebPreferences(preload),
  });
  lockDown(window.webContents, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
