import { useMemo } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import {
  HIDDEN_PRESENCE,
  pathPresence,
  presenceVersusReach,
  VANITY_PRESENCE,
} from '../../../shared/journey/pathPresence';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

const NO_INPUT = {};

/**
 * Influence trails: what observed trails say against audiences. Path presence is the share of
 * trails through an actor (shared/journey/pathPresence.ts); hidden influencers are on many
 * trails with a small audience, vanity reach is a large audience absent from the trails.
 */
export function TrailsPanel() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS);
  const steps = useQuery('trail:steps', NO_INPUT);
  const { presence, found } = useMemo(() => {
    if (!steps || !graph) return { presence: null, found: [] };
    const p = pathPresence(steps);
    return { presence: p, found: presenceVersusReach(graph.actors, p, thresholds) };
  }, [steps, graph, thresholds]);
  const name = useMemo(
    () => new Map((graph?.actors ?? []).map((a) => [a.id as number, a.name])),
    [graph],
  );
  if (!steps) return null;
  return (
    <section className="trails-panel" data-testid="trails">
      <h3>{t('journey.trails')}</h3>
      {steps.trails === 0 ? (
        <p className="hint">{t('journey.noTrails')}</p>
      ) : (
        <>
          <p className="hint">
            {t('journey.trailsExplain', {
              count: steps.trails,
              hidden: Math.round(HIDDEN_PRESENCE * 100),
              vanity: Math.round(VANITY_PRESENCE * 100),
            })}
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.actor')}</th>
                <th scope="col">{t('journey.presence')}</th>
                <th scope="col">{t('score.reach')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {found.slice(0, 30).map((d) => (
                <tr
                  key={d.actorId}
                  data-testid={`trail-${d.kind}`}
                  onClick={() => select({ kind: 'actors', ids: [d.actorId as ActorId] })}
                >
                  <td>{name.get(d.actorId)}</td>
                  <td className="number">{Math.round(d.presence * 100)} %</td>
                  <td className="number">{d.reach ?? '—'}</td>
                  <td>{t(d.kind === 'hidden' ? 'journey.hidden' : 'journey.vanity')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('journey.presenceCount', { count: presence?.size ?? 0 })}</p>
        </>
      )}
    </section>
  );
}
