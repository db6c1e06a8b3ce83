import { pageRank } from '../../shared/analytics/centrality';
import { normalisedCentrality, rankActors } from '../../shared/analytics/influenceScore';
import { buildNetwork } from '../../shared/analytics/network';
import type { Journey } from '../../shared/domain/schemas';
import { influencePath, type InfluencePath } from '../../shared/journey/influencePath';
import { pathInputOf } from '../../shared/journey/pathInput';
import type { Repositories } from '../repositories';

/**
 * The influence path of a journey on a topic (the journey's own topic when none is given; each
 * actor's best topic when neither), computed from the file: influence scores with PageRank as
 * the centrality (shared/analytics/influenceScore.ts), then the DP (shared/journey).
 */
export function journeyPath(
  repos: Repositories,
  journey: Journey,
  topicId: number | null,
): { path: InfluencePath; keyOf: (actorId: number) => string } {
  const actors = repos.graph.actors();
  const relations = repos.graph.relations();
  const network = buildNetwork(actors.id, relations);
  const settings = repos.settings.get();
  const relevance = repos.relevance.all();
  const ranking = rankActors(
    actors.id.map((id, i) => ({
      id,
      reach: actors.reach[i] ?? null,
      resonance: actors.resonance[i] ?? null,
      relevance: relevance.get(id) ?? new Map(),
    })),
    normalisedCentrality(network.ids, pageRank(network)),
    topicId ?? journey.topicId,
    settings.scoreWeights,
    settings.tierThresholds,
  );
  const score = new Map(ranking.map((r) => [r.id, r.score]));
  const input = pathInputOf(journey, {
    actorIds: actors.id,
    stance: actors.stance,
    communityIds: actors.communityIds,
    relations: actors.id.length > 0 ? relationsOf(relations) : [],
    score,
  });
  const keys = new Map<number, string>(actors.id.map((id, i) => [id, actors.key[i] ?? String(id)]));
  return { path: influencePath(input), keyOf: (id) => keys.get(id) ?? String(id) };
}

function relationsOf(columns: { sourceId: ArrayLike<number>; targetId: ArrayLike<number> }) {
  return Array.from({ length: columns.sourceId.length }, (_, i) => ({
    sourceId: columns.sourceId[i] as number,
    targetId: columns.targetId[i] as number,
  }));
}
