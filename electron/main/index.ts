import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { pickLocale } from '../../shared/i18n/errorMessages';
import { dispatch } from '../../db/service/dispatch';
import { createMapService, type Host } from '../../db/service/mapService';
import { defaultMapsDir } from '../../db/service/userData';
import { useNativeBinding } from '../../db/sqlite';
import { registerIpc } from './ipc/registerIpc';
import { mapPathFromArgv } from './launchArgs';
import { buildMenuTemplate, type MenuCommand } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

// Lifecycle and wiring only; every behaviour lives in db/, shared/ and renderer/.
const appRoot = app.getAppPath();
const distDir = join(appRoot, 'dist');

// better-sqlite3 built for Electron's ABI, kept apart from the Node build (see scripts/electron-native.mjs).
const nativeAddon = app.isPackaged
  ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
  : join(appRoot, 'build', 'electron-native', 'better_sqlite3.node');
if (existsSync(nativeAddon)) useNativeBinding(nativeAddon);

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();

let window: BrowserWindow | null = null;
let pendingMap: string | null = mapPathFromArgv(process.argv);

const host: Host = {
  kind: 'electron',
  version: app.getVersion(),
  canPickFiles: true,
  async pickMap(mode) {
    const filters = [{ name: 'Influmap', extensions: ['influmap'] }];
    if (mode === 'open') {
      const result = await dialog.showOpenDialog({ properties: ['openFile'], filters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    const result = await dialog.showSaveDialog({
      filters,
      defaultPath: join(defaultMapsDir(), 'New map.influmap'),
    });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async pickSavePath(fileName) {
    const extension = fileName.split('.').pop() ?? 'svg';
    const result = await dialog.showSaveDialog({
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    return result.canceled ? null : (result.filePath ?? null);
  },
};
const service = createMapService({
  userDataDir: app.getPath('userData'),
  mapsDir: defaultMapsDir(),
  host,
});

function send(command: MenuCommand | { openPath: string }): void {
  window?.webContents.send('menu:command', command);
}

async function refreshMenu(): Promise<void> {
  const recent = await dispatch(service, 'recent:list', {});
  const locale = pickLocale(app.getPreferredSystemLanguages());
  const maps = recent.ok ? (recent.value as Array<{ path: string; name: string }>) : [];
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(locale, maps, { send, openRecent: (path) => send({ openPath: path }) }),
    ),
  );
}

function openRequestedMap(path: string): void {
  // The system handed this file to the app: the window may open it.
  service.grant(path);
  if (window) send({ openPath: path });
  else pendingMap = path;
}

app.on('second-instance', (_event, argv) => {
  const path = mapPathFromArgv(argv);
  if (path) openRequestedMap(path);
  if (window?.isMinimized()) window.restore();
  window?.focus();
});
app.on('open-file', (event, path) => {
  event.preventDefault();
  openRequestedMap(path);
});

void app.whenReady().then(async () => {
  serveRenderer(join(distDir, 'renderer'));
  registerIpc(ipcMain, async (method, input) => {
    const result = await dispatch(service, method, input, {
      logInternal: (m, err) => console.error(`internal error in ${m}:`, err),
    });
    if (method.startsWith('map:') || method === 'recent:forget') void refreshMenu();
    return result;
  });
  // The first start opens the demo; a file passed on the command line wins.
  if (pendingMap) {
    service.grant(pendingMap);
    await dispatch(service, 'map:open', { path: pendingMap });
  } else if (service.isFirstRun()) await dispatch(service, 'map:open-demo', {});
  pendingMap = null;
  await refreshMenu();
  window = createMainWindow(join(distDir, 'electron', 'preload.cjs'));
  window.on('closed', () => {
    window = null;
  });
});

app.on('window-all-closed', () => {
  service.close();
  app.quit();
});
