import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/api/methods';
import { registerIpc, type IpcMainLike } from '../../electron/main/ipc/registerIpc';

type Handler = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  return { ipcMain, handlers };
}

describe('IPC registration', () => {
  it('registers exactly one channel per contract method', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, vi.fn());
    expect([...handlers.keys()].sort()).toEqual([...API_METHODS].sort());
  });

  it('passes calls from our own page to the dispatcher', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn().mockResolvedValue({ ok: true, value: 42 });
    registerIpc(ipcMain, dispatch);
    const result = await handlers.get('actor:get')?.(
      { senderFrame: { url: 'app://influmap/index.html' } },
      { id: 1 },
    );
    expect(result).toEqual({ ok: true, value: 42 });
    expect(dispatch).toHaveBeenCalledWith('actor:get', { id: 1 });
  });

  it.each([['https://evil.example/'], ['file:///tmp/x.html'], ['app://influmap.evil/'], [null]])(
    'refuses a call from a foreign frame (%s) before any work',
    async (url) => {
      const { ipcMain, handlers } = fakeIpcMain();
      const dispatch = vi.fn();
      registerIpc(ipcMain, dispatch);
      const result = await handlers.get('actor:delete')?.(
        { senderFrame: url === null ? null : { url } },
        { id: 1 },
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );
});
