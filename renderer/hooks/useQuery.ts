import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { reads } from '../api/reads';
import { useAppStore } from '../state/store';

/**
 * A read of the open map, through the window's read cache: asked once for all the views showing
 * it, and asked again only when a change touched a table it reads (shared/api/dataFlow.ts), or
 * another map was opened. `input` must be stable (memoised).
 */
export function useQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
): ApiOutput<M> | null {
  const mapPath = useAppStore((s) => s.map?.path ?? null);
  const [value, setValue] = useState<{ input: ApiInput<M>; value: ApiOutput<M> } | null>(null);
  useEffect(() => {
    if (input === null || mapPath === null) return;
    let current = true;
    const load = () => {
      reads
        .read(method, input)
        .then((answer) => {
          if (current) setValue({ input, value: answer });
        })
        .catch(() => undefined);
    };
    load();
    const stopWatching = reads.watch(method, input, load);
    return () => {
      current = false;
      stopWatching();
    };
  }, [method, input, mapPath]);
  // An answer to another input (the previous selection) is never shown.
  return value && value.input === input ? value.value : null;
}
