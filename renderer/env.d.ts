/// <reference types="vite/client" />

/** What the Electron preload exposes (electron/preload/index.ts); absent in browser mode. */
interface InflumapDesktopBridge {
  call(method: string, input: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
  /** The path of a dropped file (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

interface Window {
  influmapDesktop?: InflumapDesktopBridge;
}
