import { useMemo, useState } from 'react';
import type { MapAnalysis } from '../../../shared/analytics/analyseMap';
import { SCORE_COMPONENTS } from '../../../shared/analytics/influenceScore';
import type { ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { tierOf, type TierThresholds } from '../../../shared/domain/tiers';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

const PAGE = 50;

/**
 * The ranking on one topic: every actor's influence score and what each component adds (the
 * formula is in shared/analytics/influenceScore.ts), best first, the magic middle marked and
 * filterable. A row selects its actor (the inspector explains it); the top of the list can be
 * shown on the map.
 */
export function RankingTable({
  analysis,
  graph,
  thresholds,
}: {
  analysis: MapAnalysis;
  graph: GraphSnapshot;
  thresholds: TierThresholds;
}) {
  const t = useT();
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const [magicOnly, setMagicOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const actor = useMemo(() => new Map(graph.actors.map((a) => [a.id as number, a])), [graph]);
  const rows = magicOnly ? analysis.ranking.filter((r) => r.magicMiddle) : analysis.ranking;
  const magicCount = analysis.ranking.filter((r) => r.magicMiddle).length;
  return (
    <section data-testid="ranking">
      <div className="inline-group">
        <label>
          <input
            type="checkbox"
            checked={magicOnly}
            onChange={(e) => setMagicOnly(e.target.checked)}
            data-testid="magic-only"
          />{' '}
          {t('dashboard.magicOnly', { count: magicCount })}
        </label>
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() => {
            select({ kind: 'actors', ids: rows.slice(0, 20).map((r) => r.id as ActorId) });
            setView('map');
          }}
        >
          {t('dashboard.showTop')}
        </button>
      </div>
      <table className="data-table ranking-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('dashboard.actor')}</th>
            <th scope="col">{t('dashboard.tier')}</th>
            <th scope="col">{t('score.title')}</th>
            {SCORE_COMPONENTS.map((c) => (
              <th scope="col" key={c}>
                {t(`score.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => {
            const a = actor.get(r.id);
            const tier = tierOf(a?.reach ?? null, thresholds);
            return (
              <tr
                key={r.id}
                data-testid="ranking-row"
                className={r.magicMiddle ? 'magic-middle' : undefined}
                onClick={() => select({ kind: 'actors', ids: [r.id as ActorId] })}
              >
                <td>{r.rank}</td>
                <td>
                  {a?.name}
                  {r.magicMiddle ? (
                    <span className="badge" title={t('score.magicMiddle')}>
                      {' '}
                      ★
                    </span>
                  ) : null}
                </td>
                <td>{tier ? t(`tier.${tier}`) : '—'}</td>
                <td className="number">
                  <strong>{r.score.toFixed(1)}</strong>
                </td>
                {SCORE_COMPONENTS.map((c) => (
                  <td key={c} className="number" title={r.components[c].toFixed(2)}>
                    +{r.contributions[c].toFixed(1)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('dashboard.more', { count: rows.length - shown })}
        </button>
      ) : null}
    </section>
  );
}
