import type {
  ActorId,
  CommunityId,
  CompactActors,
  CompactRelations,
  RelationId,
} from '../../shared/domain/schemas';
import type { ActorKind } from '../../shared/domain/vocabulary';
import type { SqliteDatabase } from '../sqlite';
import { AUDIENCE_SQL, parseTags } from './actorRows';

type NodeRow = {
  id: number;
  key: string;
  name: string;
  kind: string;
  role: string | null;
  stance: number;
  offline_stance: number | null;
  reach: number | null;
  resonance: number | null;
  tags: string;
};
type LinkRow = {
  id: number;
  source_id: number;
  target_id: number;
  type: string;
  directed: number;
  weight: number;
};

/**
 * The map snapshot read straight into columns (shared/domain/schemas/compactGraph.ts): one pass
 * per table, no per-actor object, which is what keeps `graph:get` fast on imported maps.
 * Reach and resonance are derived as in `toSummary` (accounts first, the actor's own values else).
 */
export function createGraphRepository(db: SqliteDatabase) {
  const nodes = db.prepare<[], NodeRow>(
    `SELECT a.id, a.key, a.name, a.kind, a.role, a.stance, a.offline_stance,
            coalesce(au.followers, a.reach) AS reach,
            coalesce(au.engagement, a.resonance) AS resonance, a.tags
     FROM actors a LEFT JOIN (${AUDIENCE_SQL} GROUP BY actor_id) au ON au.actor_id = a.id
     ORDER BY a.id`,
  );
  const memberships = db.prepare<[], { actor_id: number; community_id: number }>(
    'SELECT actor_id, community_id FROM community_members ORDER BY community_id',
  );
  const links = db.prepare<[], LinkRow>(
    'SELECT id, source_id, target_id, type, directed, weight FROM relations ORDER BY id',
  );

  function actors(): CompactActors {
    const columns: CompactActors = {
      id: [],
      key: [],
      name: [],
      kind: [],
      role: [],
      stance: [],
      offlineStance: [],
      reach: [],
      resonance: [],
      tags: [],
      communityIds: [],
    };
    const indexOf = new Map<number, number>();
    for (const row of nodes.iterate()) {
      indexOf.set(row.id, columns.id.length);
      columns.id.push(row.id as ActorId);
      columns.key.push(row.key);
      columns.name.push(row.name);
      columns.kind.push(row.kind as ActorKind);
      columns.role.push(row.role);
      columns.stance.push(row.stance);
      columns.offlineStance.push(row.offline_stance);
      // Guards for maps edited outside Influmap (SQLite stores Infinity): no infinite node size.
      columns.reach.push(row.reach !== null && Number.isFinite(row.reach) ? row.reach : null);
      columns.resonance.push(row.resonance);
      // Most actors have no tag: skip the JSON parser for them.
      columns.tags.push(row.tags === '[]' ? [] : parseTags(row.tags));
      columns.communityIds.push([]);
    }
    for (const m of memberships.iterate()) {
      const index = indexOf.get(m.actor_id);
      if (index !== undefined) columns.communityIds[index]?.push(m.community_id as CommunityId);
    }
    return columns;
  }

  function relations(): CompactRelations {
    const columns: CompactRelations = {
      id: [],
      sourceId: [],
      targetId: [],
      type: [],
      types: [],
      directed: [],
      weight: [],
    };
    const typeIndex = new Map<string, number>();
    for (const row of links.iterate()) {
      let type = typeIndex.get(row.type);
      if (type === undefined) {
        type = columns.types.length;
        typeIndex.set(row.type, type);
        columns.types.push(row.type);
      }
      columns.id.push(row.id as RelationId);
      columns.sourceId.push(row.source_id as ActorId);
      columns.targetId.push(row.target_id as ActorId);
      columns.type.push(type);
      columns.directed.push(row.directed === 1);
      columns.weight.push(Number.isFinite(row.weight) ? row.weight : 1);
    }
    return columns;
  }

  return { actors, relations };
}
