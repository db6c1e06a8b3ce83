import type {
  Actor,
  ActorId,
  ActorSummary,
  CommunityId,
  ValidActorDraft,
  ValidActorPatch,
} from '../../shared/domain/schemas';
import type { ActorKind } from '../../shared/domain/vocabulary';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';
import { slugify, uniqueKey } from './keys';

type ActorRow = {
  id: number;
  key: string;
  name: string;
  kind: string;
  role: string | null;
  organisation: string | null;
  stance: number;
  offline_stance: number | null;
  country: string | null;
  language: string | null;
  reach: number | null;
  resonance: number | null;
  tags: string;
  notes: string | null;
  source: string | null;
  retention_until: string | null;
  owner: string | null;
  team: string | null;
  created_at: string;
  updated_at: string;
};
type AudienceRow = { actor_id: number; followers: number | null; engagement: number | null };
type MembershipRow = { actor_id: number; community_id: number };

/** API field → column, for the fields a draft or a patch may set. */
const COLUMNS = {
  key: 'key',
  name: 'name',
  kind: 'kind',
  role: 'role',
  organisation: 'organisation',
  stance: 'stance',
  offlineStance: 'offline_stance',
  country: 'country',
  language: 'language',
  reach: 'reach',
  resonance: 'resonance',
  tags: 'tags',
  notes: 'notes',
  source: 'source',
  retentionUntil: 'retention_until',
  owner: 'owner',
  team: 'team',
} as const satisfies Record<keyof ValidActorPatch, string>;
type Field = keyof typeof COLUMNS;

function columnValue(field: Field, value: unknown): unknown {
  if (field === 'tags') return JSON.stringify(value);
  return value ?? null;
}

function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * Reach is the sum of the actor's platform followers; resonance their engagement rate weighted
 * by followers. An actor with no account keeps the reach and resonance typed on it.
 */
const AUDIENCE_SQL = `
  SELECT actor_id,
         sum(followers) AS followers,
         sum(followers * engagement_rate) / nullif(sum(CASE WHEN engagement_rate IS NOT NULL THEN followers END), 0) AS engagement
  FROM accounts`;

export function createActorRepository(db: SqliteDatabase) {
  const byId = db.prepare<[number], ActorRow>('SELECT * FROM actors WHERE id = ?');
  const all = db.prepare<[], ActorRow>('SELECT * FROM actors ORDER BY id');
  const keyTaken = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM actors WHERE key = ?',
  );
  const audienceOf = db.prepare<[number], AudienceRow>(
    `${AUDIENCE_SQL} WHERE actor_id = ? GROUP BY actor_id`,
  );
  const audienceAll = db.prepare<[], AudienceRow>(`${AUDIENCE_SQL} GROUP BY actor_id`);
  const membershipsOf = db.prepare<[number], MembershipRow>(
    'SELECT actor_id, community_id FROM community_members WHERE actor_id = ? ORDER BY community_id',
  );
  const membershipsAll = db.prepare<[], MembershipRow>(
    'SELECT actor_id, community_id FROM community_members ORDER BY community_id',
  );
  const remove = db.prepare<[number]>('DELETE FROM actors WHERE id = ?');

  const summary = (
    row: ActorRow,
    audience: AudienceRow | undefined,
    communityIds: CommunityId[],
  ): ActorSummary => ({
    id: row.id as ActorId,
    key: row.key,
    name: row.name,
    kind: row.kind as ActorKind,
    role: row.role,
    stance: row.stance,
    offlineStance: row.offline_stance,
    reach: audience?.followers ?? row.reach,
    resonance: audience?.engagement ?? row.resonance,
    tags: parseTags(row.tags),
    communityIds,
  });

  const toActor = (row: ActorRow): Actor => ({
    ...summary(
      row,
      audienceOf.get(row.id),
      membershipsOf.all(row.id).map((m) => m.community_id as CommunityId),
    ),
    organisation: row.organisation,
    country: row.country,
    language: row.language,
    ownReach: row.reach,
    ownResonance: row.resonance,
    notes: row.notes,
    source: row.source,
    retentionUntil: row.retention_until,
    owner: row.owner,
    team: row.team,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const get = (id: number): Actor => {
    const row = byId.get(id);
    if (!row) throw notFound('actor', id);
    return toActor(row);
  };

  return {
    get,

    exists: (id: number): boolean => byId.get(id) !== undefined,

    /** Every actor with its derived reach, resonance and communities, in creation order. */
    listSummaries(): ActorSummary[] {
      const audience = new Map(audienceAll.all().map((a) => [a.actor_id, a]));
      const memberships = new Map<number, CommunityId[]>();
      for (const m of membershipsAll.all()) {
        const list = memberships.get(m.actor_id) ?? [];
        list.push(m.community_id as CommunityId);
        memberships.set(m.actor_id, list);
      }
      return all
        .all()
        .map((row) => summary(row, audience.get(row.id), memberships.get(row.id) ?? []));
    },

    /** Inserts an actor; a draft without a key gets a readable unique one from its name. */
    create(draft: ValidActorDraft): Actor {
      const key = draft.key ?? uniqueKey(slugify(draft.name), (k) => keyTaken.get(k) !== undefined);
      const fields = { kind: 'influencer' as const, ...draft, key };
      const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as Array<
        [Field, unknown]
      >;
      const columns = entries.map(([f]) => COLUMNS[f]);
      const info = db
        .prepare(
          `INSERT INTO actors (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(entries.map(([f, v]) => columnValue(f, v)));
      return get(Number(info.lastInsertRowid));
    },

    /** Changes only the fields the patch names. */
    update(id: number, patch: ValidActorPatch): Actor {
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [Field, unknown]
      >;
      if (byId.get(id) === undefined) throw notFound('actor', id);
      if (entries.length > 0) {
        const sets = entries.map(([f]) => `${COLUMNS[f]} = ?`);
        sets.push("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        db.prepare(`UPDATE actors SET ${sets.join(', ')} WHERE id = ?`).run([
          ...entries.map(([f, v]) => columnValue(f, v)),
          id,
        ]);
      }
      return get(id);
    },

    /** Deletes an actor with its accounts, relations, memberships and placements (cascade). */
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('actor', id);
    },
  };
}
export type ActorRepository = ReturnType<typeof createActorRepository>;
