import { join } from 'node:path';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import { dispatch } from '../../db/service/dispatch';
import type { GraphSnapshot } from '../../shared/domain/schemas';
import { unpackGraph } from '../../shared/graph/compactGraph';
import { createMapService, type MapService } from '../../db/service/mapService';

/**
 * A service over a temp folder, as a browser-mode session would have it (no file dialogs). The
 * temp folder is its maps folder: tests make maps anywhere in it.
 */
export function makeService(
  dir: string,
  options: { traceSql?: (sql: string) => void } = {},
): MapService {
  return createMapService({
    ...options,
    userDataDir: join(dir, 'user-data'),
    mapsDir: dir,
    host: {
      kind: 'browser',
      version: 'test',
      canPickFiles: false,
      pickMap: () => Promise.resolve(null),
      pickSavePath: () => Promise.resolve(null),
    },
  });
}

/** Calls through the dispatcher, outputs checked against the contract; throws on error results. */
export async function call<M extends ApiMethod>(
  service: MapService,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await dispatch(service, method, input, { checkOutputs: true });
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as ApiOutput<M>;
}

/** Calls through the dispatcher and returns the raw envelope (for expected failures). */
export function rawCall(
  service: MapService,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  return dispatch(service, method, input, { checkOutputs: true });
}

/** `graph:get` (outputs checked against the contract) unpacked as the renderer does. */
export async function graphOf(service: MapService): Promise<GraphSnapshot> {
  return unpackGraph(await call(service, 'graph:get', {}));
}
