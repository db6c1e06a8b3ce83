import type { ActorId } from '../../../shared/domain/schemas';
import { strongestPath } from '../../../shared/graph/explore';
import { useT } from '../../hooks/useT';
import { relationTypeLabel } from '../../i18n/labels';
import { useAppStore } from '../../state/store';

/** "Who can introduce us": the strongest chain of relations between the two selected actors. */
export function PathFinder({ from, to }: { from: ActorId; to: ActorId }) {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const path = useAppStore((s) => s.path);
  const setPath = useAppStore((s) => s.setPath);
  const names = new Map((graph?.actors ?? []).map((a) => [a.id as number, a.name]));
  const relations = new Map((graph?.relations ?? []).map((r) => [r.id as number, r]));
  const current = path && path.actorIds[0] === from && path.actorIds.at(-1) === to ? path : null;
  return (
    <section className="inspector-section" data-testid="path-finder">
      <button
        type="button"
        onClick={() =>
          setPath(
            strongestPath(graph?.relations ?? [], from, to, {
              passes: (r) => r.type !== 'opposes',
            }) ?? {
              actorIds: [],
              relationIds: [],
              strength: 0,
            },
          )
        }
      >
        {t('path.find')}
      </button>
      {current && current.actorIds.length === 0 ? (
        <p className="empty-hint">{t('path.none')}</p>
      ) : null}
      {current && current.actorIds.length > 0 ? (
        <>
          <ol className="path-steps" data-testid="path-steps">
            {current.actorIds.map((id, i) => {
              const relation = relations.get(current.relationIds[i - 1] ?? -1);
              return (
                <li key={id}>
                  {i > 0 && relation ? (
                    <span className="path-via">{relationTypeLabel(t, relation.type)} · </span>
                  ) : null}
                  {names.get(id) ?? '?'}
                </li>
              );
            })}
          </ol>
          <button type="button" className="link" onClick={() => setPath(null)}>
            {t('path.clear')}
          </button>
        </>
      ) : null}
    </section>
  );
}
