import type { ApiResult } from '../../../shared/api/errors';
import { API_METHODS } from '../../../shared/api/methods';
import { isTrustedUrl } from '../security';

/** The slice of `ipcMain` used here, so that tests can pass a fake and Electron stays out of them. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>,
  ): void;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The only place that calls `ipcMain.handle`: one channel per contract method. The sender frame
 * must be our own page, then the dispatcher validates the payload against the method's schema.
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch): void {
  for (const method of API_METHODS) {
    ipcMain.handle(method, async (event, input) => {
      if (!isTrustedUrl(event.senderFrame?.url ?? '')) {
        return {
          ok: false,
          error: { code: 'UNAUTHORIZED', detail: 'untrusted sender' },
        } satisfies ApiResult<never>;
      }
      return dispatch(method, input);
    });
  }
}
