import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isApiMethod } from '../../shared/api/methods';

/**
 * The whole surface the page gets: `call` for allow-listed contract methods, `onMenuCommand`
 * and `pathForFile` (for files dropped on the window).
 * The page never sees `ipcRenderer` nor the IPC event (whose `sender` would leak main's handle).
 */
const bridge = {
  call(method: string, input: unknown): Promise<unknown> {
    if (!isApiMethod(method)) return Promise.reject(new Error(`unknown method ${String(method)}`));
    return ipcRenderer.invoke(method, input);
  },
  /** Since Electron 32 a File no longer carries its path: the preload asks for it. */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
  onMenuCommand(listener: (command: unknown) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on('menu:command', wrapped);
    return () => {
      ipcRenderer.removeListener('menu:command', wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('influmapDesktop', bridge);
