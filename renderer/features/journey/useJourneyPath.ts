import { useMemo } from 'react';
import type { Journey } from '../../../shared/domain/schemas';
import { influencePath, type InfluencePath } from '../../../shared/journey/influencePath';
import { pathInputOf } from '../../../shared/journey/pathInput';
import { useAppStore } from '../../state/store';
import type { Ranked } from '../../../shared/analytics/influenceScore';
import { useAnalysis } from '../analytics/useAnalysis';

const NO_RANKING: readonly Ranked[] = [];

/**
 * The influence path of `journey` on `topicId` (shared/journey/influencePath.ts), from the
 * influence scores the analysis worker computed for that topic. The DP itself is fast (a
 * 10 000-actor map with 500 voices per stage: see `npm run bench`), so it runs here. The
 * ranking it used comes along (the palette orders actors by it).
 */
export function useJourneyPath(
  journey: Journey | null,
  topicId: number | null,
): { path: InfluencePath | null; progress: number | null; ranking: readonly Ranked[] } {
  const graph = useAppStore((s) => s.graph);
  const { analysis, progress } = useAnalysis(topicId);
  const path = useMemo(() => {
    if (!journey || !graph || !analysis) return null;
    return influencePath(
      pathInputOf(journey, {
        actorIds: graph.actors.map((a) => a.id),
        stance: graph.actors.map((a) => a.stance),
        communityIds: graph.actors.map((a) => a.communityIds),
        relations: graph.relations,
        score: new Map(analysis.ranking.map((r) => [r.id, r.score])),
      }),
    );
  }, [journey, graph, analysis]);
  return { path, progress, ranking: analysis?.ranking ?? NO_RANKING };
}
