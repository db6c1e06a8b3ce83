import { AppErrorDataSchema, type ApiResult } from '../../shared/api/errors';
import { ChangesSchema } from '../../shared/domain/mapTables';
import { HistoryStateSchema } from '../../shared/domain/schemas';

/** Sends one contract call and returns its result envelope. */
export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const TOKEN_KEY = 'influmap.token';

/**
 * The browser-mode token: given once in the URL by `influmap serve`, then kept for this tab only
 * (sessionStorage) and removed from the address bar, so it is not left in screenshots or history.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

function envelope(value: unknown): ApiResult<unknown> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const candidate = value as {
      ok: unknown;
      value?: unknown;
      error?: unknown;
      changed?: unknown;
      history?: unknown;
    };
    if (candidate.ok === true) {
      // What the call changed: a malformed report is taken as "everything", never ignored.
      const changed =
        candidate.changed === undefined ? undefined : ChangesSchema.safeParse(candidate.changed);
      const history = HistoryStateSchema.safeParse(candidate.history);
      return {
        ok: true,
        value: candidate.value,
        ...(changed ? { changed: changed.success ? changed.data : 'map' } : {}),
        ...(history.success ? { history: history.data } : {}),
      };
    }
    const error = AppErrorDataSchema.safeParse(candidate.error);
    if (error.success) return { ok: false, error: error.data };
  }
  return { ok: false, error: { code: 'INTERNAL', detail: 'malformed response' } };
}

/** Browser mode: `POST /api/<method>` on the page's own origin, with the bearer token. */
export function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(input),
    });
    if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED' } };
    return envelope(await response.json());
  };
}

/** The desktop app: the preload's bridge over Electron IPC. */
export function desktopTransport(bridge: InflumapDesktopBridge): Transport {
  return async (method, input) => envelope(await bridge.call(method, input));
}
