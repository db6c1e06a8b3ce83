import { useMemo } from 'react';
import { communityComposition } from '../../../shared/analytics/communityComposition';
import type { ActorId } from '../../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { STANCES, TIERS } from '../../../shared/domain/vocabulary';
import { STANCE_COLORS } from '../../../shared/graph/encoding';
import { ShareBar } from '../../components/ShareBar';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../analytics/useAnalysis';

/** Tier shades, light (nano) to dark (mega); grey for an unknown reach. */
const TIER_SHADES = {
  nano: '#d9f0d3',
  micro: '#a6dba0',
  macro: '#5aae61',
  mega: '#1b7837',
  unknown: '#e0e0e0',
};

/**
 * What each community is made of: size, total reach, mean stance, its members by stance and by
 * tier, and its most central members (PageRank, once the analyses ran). "Show on the map" selects
 * its members and opens the map: the drill-down from the numbers to the people.
 */
export function CompositionList() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const locale = useAppStore((s) => s.locale);
  const { analysis } = useAnalysis();
  const centrality = useMemo(
    () => new Map([...(analysis?.metrics ?? [])].map(([id, m]) => [id, m.pageRank])),
    [analysis],
  );
  const compositions = useMemo(
    () => (graph ? communityComposition(graph, thresholds, centrality, t('communities.none')) : []),
    [graph, thresholds, centrality, t],
  );
  const name = useMemo(
    () => new Map((graph?.actors ?? []).map((a) => [a.id as number, a.name])),
    [graph],
  );
  const number = new Intl.NumberFormat(locale);
  if (compositions.length === 0) return null;
  return (
    <section className="composition-list" data-testid="composition">
      <h2>{t('composition.title')}</h2>
      <ul>
        {compositions.map((c) => (
          <li key={c.id} data-testid="composition-item">
            <h3>
              <span className="swatch" style={{ background: c.color ?? '#999999' }} /> {c.name}
            </h3>
            <p className="muted">
              {t('composition.facts', {
                size: c.size,
                reach: number.format(c.totalReach),
                stance: c.meanStance.toFixed(2),
              })}
            </p>
            <ShareBar
              label={t('composition.byStance')}
              segments={STANCES.map((s) => ({
                key: `stance${s}`,
                label: t(`stance.${s}`),
                count: c.byStance[`${s}`],
                color: STANCE_COLORS[s],
              }))}
            />
            <ShareBar
              label={t('composition.byTier')}
              segments={[...TIERS, 'unknown' as const].map((tier) => ({
                key: tier,
                label: tier === 'unknown' ? t('composition.noReach') : t(`tier.${tier}`),
                count: c.byTier[tier],
                color: TIER_SHADES[tier],
              }))}
            />
            <p className="muted">
              {t('composition.top')}: {c.topMembers.map((id) => name.get(id)).join(', ')}
            </p>
            <button
              type="button"
              disabled={c.size === 0}
              onClick={() => {
                select({ kind: 'actors', ids: c.memberIds as ActorId[] });
                setView('map');
              }}
            >
              {t('composition.show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
