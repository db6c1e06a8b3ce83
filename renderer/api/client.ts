import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { AppErrorData } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { Changes } from '../../shared/domain/mapTables';
import type { HistoryState } from '../../shared/domain/schemas';
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

/** Told of what a call changed, in the order registered, before the call's caller goes on. */
export type ChangeListener = (changed: Changes, history?: HistoryState) => void | Promise<void>;
const changeListeners: ChangeListener[] = [];

/** Registers a listener of changes (the read cache, the session); returns how to remove it. */
export function onChanges(listener: ChangeListener): () => void {
  changeListeners.push(listener);
  return () => {
    const at = changeListeners.indexOf(listener);
    if (at >= 0) changeListeners.splice(at, 1);
  };
}

/**
 * Calls under way, shown on the page's root element (`data-calls`): a state the end-to-end tests
 * wait for ("every read an edit started has come back") instead of a time.
 */
let inFlight = 0;
function countCall(step: 1 | -1): void {
  inFlight += step;
  if (typeof document !== 'undefined') document.documentElement.dataset.calls = String(inFlight);
}

/**
 * The only way the renderer reaches the service: one typed call per contract method, through
 * Electron IPC in the desktop app or loopback HTTP in browser mode. Throws ApiError on failure.
 * A call that changed the map resolves once every change listener has taken the change in (the
 * stale reads dropped, the map and its graph read again if they were touched).
 */
export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  countCall(1);
  try {
    const result = await currentTransport()(method, input);
    if (!result.ok) throw new ApiError(method, result.error);
    if (result.changed !== undefined) {
      const { changed, history } = result;
      for (const listener of [...changeListeners]) await listener(changed, history);
    }
    return result.value as ApiOutput<M>;
  } finally {
    countCall(-1);
  }
}

/** Menu commands from the desktop app's menu; a no-op in browser mode. */
export function onMenuCommand(listener: (command: unknown) => void): () => void {
  return window.influmapDesktop?.onMenuCommand(listener) ?? (() => undefined);
}

/** Where a dropped file is on disk: known in the desktop app, never in a browser (null). */
export function pathForDroppedFile(file: File): string | null {
  return window.influmapDesktop?.pathForFile(file) || null;
}
