import { pageRank } from '../../shared/analytics/centrality';
import { membersByCommunity, summariseCommunity } from '../../shared/analytics/communitySummary';
import { louvain, modularity } from '../../shared/analytics/louvain';
import { buildNetwork } from '../../shared/analytics/network';
import { rankRiskHotspots, type CommunityRisk } from '../../shared/analytics/riskHotspots';
import { DetectionSaveSchema } from '../../shared/domain/schemas';
import type { MapHandle } from '../file/openMap';
import type { Repositories } from '../repositories';

export type CommunityReport = {
  /** Riskiest first: members by key, most central first. */
  communities: Array<{
    id: number;
    name: string;
    members: string[];
    meanStance: number;
    risk: number;
    isDetractorCluster: boolean;
    bridges: string[];
    responders: string[];
  }>;
  modularity: number;
  /** The detection run stored, when `detect` was asked. */
  runId?: number;
};

/**
 * The map's communities with their risk (shared/analytics/riskHotspots.ts), read straight from
 * the file into typed arrays. With `detect`, Louvain runs first and its communities are stored
 * as a proposed detection run (one journal entry: the app can undo it, accept or discard it);
 * without, the communities already in the map are assessed (modularity of each actor's first).
 */
export function communityReport(
  handle: MapHandle,
  repos: Repositories,
  options: { detect: boolean; seed?: number; resolution?: number },
): CommunityReport {
  const actors = repos.graph.actors();
  const network = buildNetwork(actors.id, repos.graph.relations());
  const rank = pageRank(network);
  const reach = actors.reach.map((r) => r ?? 0);
  let groups: Array<{ id: number; name: string; members: number[] }>;
  let quality: number;
  let runId: number | undefined;
  if (options.detect) {
    const parameters = { seed: options.seed ?? 1, resolution: options.resolution ?? 1 };
    const partition = louvain(network, parameters);
    const facts = {
      names: actors.name,
      stance: actors.stance,
      reach,
      tags: actors.tags,
      centrality: rank,
    };
    const summaries = membersByCommunity(partition.community, partition.count).map((members) =>
      summariseCommunity(members, facts),
    );
    const detection = DetectionSaveSchema.parse({
      algorithm: 'louvain',
      parameters,
      modularity: partition.modularity,
      groups: summaries.map((s) => ({
        name: s.name,
        actorIds: s.members.map((i) => actors.id[i]),
      })),
    });
    const saved = handle.journal.record('community:save-detection', () =>
      repos.detections.save(detection, detection.groups),
    );
    runId = saved.runId;
    groups = summaries.map((s, k) => ({
      id: saved.communityIds[k] ?? 0,
      name: s.name,
      members: s.members,
    }));
    quality = partition.modularity;
  } else {
    const byCommunity = new Map<number, number[]>();
    const first = new Int32Array(network.n);
    actors.communityIds.forEach((ids, i) => {
      first[i] = ids[0] ?? -1 - i;
      for (const id of ids) {
        const list = byCommunity.get(id);
        if (list) list.push(i);
        else byCommunity.set(id, [i]);
      }
    });
    groups = repos.communities
      .list()
      .map((c) => ({ id: c.id, name: c.name, members: byCommunity.get(c.id) ?? [] }));
    for (const g of groups)
      g.members.sort((a, b) => (rank[b] as number) - (rank[a] as number) || a - b);
    quality = modularity(network, first);
  }
  const key = (i: number) => actors.key[i] ?? '';
  const risks = rankRiskHotspots(network, groups, { stance: actors.stance, reach });
  const membersOf = new Map(groups.map((g) => [g.id, g.members]));
  return {
    communities: risks.map((r: CommunityRisk) => ({
      id: r.id,
      name: r.name,
      members: (membersOf.get(r.id) ?? []).map(key),
      meanStance: r.meanStance,
      risk: r.risk,
      isDetractorCluster: r.isDetractorCluster,
      bridges: r.bridges.map((b) => key(b.node)),
      responders: r.responders.map((b) => key(b.node)),
    })),
    modularity: quality,
    ...(runId === undefined ? {} : { runId }),
  };
}
