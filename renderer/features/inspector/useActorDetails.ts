import { useEffect, useState } from 'react';
import type { Actor, ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { call } from '../../api/client';

/** The full record of the selected actor, read again whenever the map snapshot changes. */
export function useActorDetails(id: ActorId | null, graph: GraphSnapshot | null): Actor | null {
  const [actor, setActor] = useState<Actor | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    call('actor:get', { id })
      .then((value) => {
        if (current) setActor(value);
      })
      .catch(() => {
        if (current) setActor(null);
      });
    return () => {
      current = false;
    };
  }, [id, graph]);
  // A stale record (of the previously selected actor) is never shown.
  return actor !== null && actor.id === id ? actor : null;
}
