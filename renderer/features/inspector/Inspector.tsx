import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { ActorInspector } from './ActorInspector';
import { useActorDetails } from './useActorDetails';

/** The right-hand panel: whatever is selected, in any view. */
export function Inspector() {
  const t = useT();
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const graph = useAppStore((s) => s.graph);
  const actor = useActorDetails(selectedActorId, graph);
  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      {actor && actor.id === selectedActorId ? (
        <ActorInspector actor={actor} />
      ) : (
        <p className="empty-hint">{t('inspector.empty')}</p>
      )}
    </aside>
  );
}
