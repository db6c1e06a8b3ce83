import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { AppErrorData } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import { desktopTransport, httpTransport, takeToken, type Transport } from './transport';

/** A failed call, carrying the error data that `formatError` turns into the user's language. */
export class ApiError extends Error {
  constructor(
    readonly method: ApiMethod,
    readonly data: AppErrorData,
  ) {
    super(`${method}: ${data.code}`);
    this.name = 'ApiError';
  }
}

let transport: Transport | null = null;

function currentTransport(): Transport {
  if (!transport) {
    transport = window.influmapDesktop
      ? desktopTransport(window.influmapDesktop)
      : httpTransport(takeToken(window.location, window.sessionStorage, window.history));
  }
  return transport;
}

/**
 * The only way the renderer reaches the service: one typed call per contract method, through
 * Electron IPC in the desktop app or loopback HTTP in browser mode. Throws ApiError on failure.
 */
export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await currentTransport()(method, input);
  if (!result.ok) throw new ApiError(method, result.error);
  return result.value as ApiOutput<M>;
}

/** Menu commands from the desktop app's menu; a no-op in browser mode. */
export function onMenuCommand(listener: (command: unknown) => void): () => void {
  return window.influmapDesktop?.onMenuCommand(listener) ?? (() => undefined);
}

/** Where a dropped file is on disk: known in the desktop app, never in a browser (null). */
export function pathForDroppedFile(file: File): string | null {
  return window.influmapDesktop?.pathForFile(file) || null;
}
