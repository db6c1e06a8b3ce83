import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { call } from '../api/client';
import { useAppStore } from '../state/store';

/**
 * A read-only contract call whose answer is re-read whenever the map changes (the snapshot's
 * identity changes after every edit, undo and redo). `input` must be stable (memoised).
 */
export function useQuery<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
): ApiOutput<M> | null {
  const graph = useAppStore((s) => s.graph);
  const [value, setValue] = useState<{ input: ApiInput<M>; value: ApiOutput<M> } | null>(null);
  useEffect(() => {
    if (input === null || graph === null) return;
    let current = true;
    call(method, input)
      .then((answer) => {
        if (current) setValue({ input, value: answer });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [method, input, graph]);
  // An answer to another input (the previous selection) is never shown.
  return value && value.input === input ? value.value : null;
}
