import { useEffect, useState } from 'react';
import type { ActorTableRow, GraphSnapshot } from '../../../shared/domain/schemas';
import { call } from '../../api/client';

/** The actors table's rows, read again whenever the map snapshot changes (after any edit). */
export function useActorTable(graph: GraphSnapshot | null): ActorTableRow[] | null {
  const [rows, setRows] = useState<ActorTableRow[] | null>(null);
  useEffect(() => {
    if (!graph) return;
    let current = true;
    call('actor:table', {})
      .then((value) => {
        if (current) setRows(value);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [graph]);
  return rows;
}
