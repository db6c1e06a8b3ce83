import { useMemo } from 'react';
import type { ActorOverlap } from '../../../shared/analytics/analyseMap';
import { OVERLAP_CANDIDATES } from '../../../shared/analytics/analyseMap';
import type { ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/**
 * Audience overlap among the best-ranked actors (shared/analytics/audienceOverlap.ts): two
 * influencers who reach the same people are one purchase, not two. A pair selects both actors;
 * the pairs can be drawn on the map as links weighted by their overlap.
 */
export function OverlapTable({
  overlaps,
  graph,
}: {
  overlaps: readonly ActorOverlap[];
  graph: GraphSnapshot;
}) {
  const t = useT();
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const overlapLinks = useAppStore((s) => s.overlapLinks);
  const setOverlapLinks = useAppStore((s) => s.setOverlapLinks);
  const name = useMemo(() => new Map(graph.actors.map((a) => [a.id as number, a.name])), [graph]);
  return (
    <section data-testid="overlap">
      <p className="hint">{t('dashboard.overlapExplain', { count: OVERLAP_CANDIDATES })}</p>
      <div className="inline-group">
        {overlapLinks ? (
          <button type="button" onClick={() => setOverlapLinks(null)}>
            {t('dashboard.hideOverlapLinks')}
          </button>
        ) : (
          <button
            type="button"
            disabled={overlaps.length === 0}
            data-testid="show-overlap-links"
            onClick={() => {
              setOverlapLinks([...overlaps]);
              setView('map');
            }}
          >
            {t('dashboard.showOverlapLinks')}
          </button>
        )}
      </div>
      {overlaps.length === 0 ? (
        <p>{t('dashboard.noOverlap')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.actor')}</th>
              <th scope="col">{t('dashboard.actor')}</th>
              <th scope="col">{t('dashboard.shared')}</th>
              <th scope="col">{t('dashboard.jaccard')}</th>
            </tr>
          </thead>
          <tbody>
            {overlaps.map((o) => (
              <tr
                key={`${o.a}-${o.b}`}
                data-testid="overlap-row"
                onClick={() => select({ kind: 'actors', ids: [o.a as ActorId, o.b as ActorId] })}
              >
                <td>{name.get(o.a)}</td>
                <td>{name.get(o.b)}</td>
                <td className="number">{o.shared}</td>
                <td className="number">{Math.round(o.jaccard * 100)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
