import { beforeAll, describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const invoke = vi.fn().mockResolvedValue({ ok: true, value: 'answer' });
const on = vi.fn();
const removeListener = vi.fn();

// The preload only runs inside Electron: here `electron` is replaced by fakes of the two objects
// it touches, to check what the page is given.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, on, removeListener },
  webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
}));

type Bridge = {
  call(method: string, input: unknown): Promise<unknown>;
  onMenuCommand(listener: (c: unknown) => void): () => void;
  pathForFile(file: { name: string }): string;
};

describe('the preload bridge', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    await import('../../electron/preload/index');
    bridge = exposed.get('influmapDesktop') as Bridge;
  });

  it('exposes only call, onMenuCommand and pathForFile', () => {
    expect([...exposed.keys()]).toEqual(['influmapDesktop']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuCommand', 'pathForFile']);
    expect(bridge.pathForFile({ name: 'client.influmap' })).toBe('/dropped/client.influmap');
  });

  it('forwards contract methods and refuses any other channel', async () => {
    await expect(bridge.call('actor:list', {})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('actor:list', {});
    for (const channel of ['menu:command', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'toString']) {
      await expect(bridge.call(channel, {})).rejects.toThrow(/unknown method/);
    }
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('hands menu commands to the page without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const wrapped = on.mock.calls[0]?.[1] as (event: unknown, command: unknown) => void;
    wrapped({ sender: 'secret' }, 'undo');
    expect(listener).toHaveBeenCalledWith('undo');
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('menu:command', wrapped);
  });
});
