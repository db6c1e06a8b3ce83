import { API } from '../../shared/api/contract';
import { issuesFromZod, toAppErrorData, type ApiResult } from '../../shared/api/errors';
import { isApiMethod } from '../../shared/api/methods';
import { fileError } from '../file/errors';
import type { MapService } from './mapService';

export type DispatchOptions = {
  /** Check outputs against the contract too (tests and development); inputs are always checked. */
  checkOutputs?: boolean;
  /** Where unexpected failures are reported (with their stack, which never reaches the caller). */
  logInternal?: (method: string, err: unknown) => void;
};

/**
 * The one entry point of every transport: checks that `method` is in the contract and that
 * `input` satisfies its schema, runs it, and returns a result envelope. Nothing is written when
 * validation fails, and no stack trace or SQL ever reaches the caller.
 */
export async function dispatch(
  service: MapService,
  method: unknown,
  input: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', detail: String(method).slice(0, 80) } };
  }
  const spec = API[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success)
    return { ok: false, error: { code: 'INVALID_INPUT', issues: issuesFromZod(parsed.error) } };
  try {
    // The cast is the one place TypeScript cannot follow `method` to its own input type.
    const outcome = await service.run(method, parsed.data as never);
    if (options.checkOutputs) spec.output.parse(outcome.value);
    return { ok: true, ...outcome };
  } catch (err) {
    const mapped = fileError(err, service.currentPath() ?? '');
    const error = toAppErrorData(mapped);
    if (error.code === 'INTERNAL') options.logInternal?.(method, err);
    return { ok: false, error };
  }
}
