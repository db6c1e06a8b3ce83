import type { ApiHandlers } from '../../../shared/api/contract';
import type { ApiMethod } from '../../../shared/api/methods';
import type { MapHandle } from '../../file/openMap';
import type { Repositories } from '../../repositories';

/** The open map of a window or browser session, with its repositories. */
export type Session = { handle: MapHandle; repos: Repositories };

/** What handler modules get: the open map, or NO_MAP_OPEN. */
export type HandlerContext = { requireSession(): Session };

/** The handlers of the methods whose names start with `Prefix:` (one module per domain). */
export type HandlersOf<Prefix extends string> = Pick<
  ApiHandlers,
  Extract<ApiMethod, `${Prefix}:${string}`>
>;
