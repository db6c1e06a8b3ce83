import type {
  Actor,
  ActorSummary,
  ActorTableRow,
  CommunityId,
  Relevance,
  TopicId,
  ValidActorDraft,
  ValidActorPatch,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { createAccountRepository } from './accountRepository';
import {
  ACTOR_COLUMNS,
  AUDIENCE_SQL,
  columnValue,
  groupBy,
  parseTags,
  toSummary,
  type ActorField,
  type ActorRow,
  type AudienceRow,
} from './actorRows';
import { slugify, uniqueKey } from './keys';
import { notFound } from './notFound';

type MembershipRow = { actor_id: number; community_id: number };
type RelevanceRow = { actor_id: number; topic_id: number; relevance: number };

/** Changes applied to many actors at once (the table's bulk actions). */
export type BulkActorChange = { stance?: number; addTags?: string[]; removeTags?: string[] };

export function createActorRepository(db: SqliteDatabase) {
  const accounts = createAccountRepository(db);
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
  const relevanceOf = db.prepare<[number], RelevanceRow>(
    'SELECT actor_id, topic_id, relevance FROM actor_topics WHERE actor_id = ? ORDER BY topic_id',
  );
  const relevanceAll = db.prepare<[], RelevanceRow>(
    'SELECT actor_id, topic_id, relevance FROM actor_topics ORDER BY topic_id',
  );
  const platformsAll = db.prepare<[], { actor_id: number; platform: string }>(
    'SELECT DISTINCT actor_id, platform FROM accounts ORDER BY platform',
  );
  const lastInteractions = db.prepare<[], { actor_id: number; last: string }>(
    'SELECT actor_id, max(occurred_on) AS last FROM interactions GROUP BY actor_id',
  );
  const remove = db.prepare<[number]>('DELETE FROM actors WHERE id = ?');
  const setStance = db.prepare<[number, number]>(
    "UPDATE actors SET stance = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );
  const setTags = db.prepare<[string, number]>(
    "UPDATE actors SET tags = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );

  const toRelevance = (r: RelevanceRow): Relevance => ({
    topicId: r.topic_id as TopicId,
    relevance: r.relevance,
  });

  const toActor = (row: ActorRow): Actor => ({
    ...toSummary(
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
    paidDisclosure: row.paid_disclosure,
    conflictsOfInterest: row.conflicts_of_interest,
    trackRecord: row.track_record,
    accounts: accounts.listFor(row.id),
    relevance: relevanceOf.all(row.id).map(toRelevance),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const rowOf = (id: number): ActorRow => {
    const row = byId.get(id);
    if (!row) throw notFound('actor', id);
    return row;
  };
  const get = (id: number): Actor => toActor(rowOf(id));

  const summaries = (rows: ActorRow[]): ActorSummary[] => {
    const audience = new Map(audienceAll.all().map((a) => [a.actor_id, a]));
    const memberships = groupBy(
      membershipsAll.all().map((m) => [m.actor_id, m.community_id as CommunityId]),
    );
    return rows.map((row) => toSummary(row, audience.get(row.id), memberships.get(row.id) ?? []));
  };

  return {
    get,
    exists: (id: number): boolean => byId.get(id) !== undefined,

    /** Every actor with its derived reach, resonance and communities, in creation order. */
    listSummaries: (): ActorSummary[] => summaries(all.all()),

    /** Every actor with the columns of the actors table (one query per aspect, joined here). */
    listTableRows(): ActorTableRow[] {
      const rows = all.all();
      const relevance = groupBy(relevanceAll.all().map((r) => [r.actor_id, toRelevance(r)]));
      const last = new Map(lastInteractions.all().map((r) => [r.actor_id, r.last]));
      const platforms = groupBy(platformsAll.all().map((r) => [r.actor_id, r.platform]));
      return summaries(rows).map((summary, index) => {
        const row = rows[index] as ActorRow;
        return {
          ...summary,
          organisation: row.organisation,
          country: row.country,
          owner: row.owner,
          lastInteraction: last.get(row.id) ?? null,
          relevance: relevance.get(row.id) ?? [],
          platforms: platforms.get(row.id) ?? [],
        };
      });
    },

    /** Inserts an actor; a draft without a key gets a readable unique one from its name. */
    create(draft: ValidActorDraft): Actor {
      const key = draft.key ?? uniqueKey(slugify(draft.name), (k) => keyTaken.get(k) !== undefined);
      const fields = { kind: 'influencer' as const, ...draft, key };
      const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as Array<
        [ActorField, unknown]
      >;
      const columns = entries.map(([f]) => ACTOR_COLUMNS[f]);
      const info = db
        .prepare(
          `INSERT INTO actors (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(entries.map(([f, v]) => columnValue(f, v)));
      return get(Number(info.lastInsertRowid));
    },

    /** Changes only the fields the patch names. */
    update(id: number, patch: ValidActorPatch): Actor {
      rowOf(id);
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [ActorField, unknown]
      >;
      if (entries.length > 0) {
        const sets = entries.map(([f]) => `${ACTOR_COLUMNS[f]} = ?`);
        sets.push("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        db.prepare(`UPDATE actors SET ${sets.join(', ')} WHERE id = ?`).run([
          ...entries.map(([f, v]) => columnValue(f, v)),
          id,
        ]);
      }
      return get(id);
    },

    /** Sets a stance and adds or removes tags on many actors; all must exist. Returns how many changed. */
    bulkUpdate(ids: readonly number[], change: BulkActorChange): number {
      const rows = ids.map(rowOf);
      let changed = 0;
      for (const row of rows) {
        if (change.stance !== undefined && change.stance !== row.stance) {
          setStance.run(change.stance, row.id);
          changed += 1;
        }
        if (change.addTags || change.removeTags) {
          const before = parseTags(row.tags);
          const removed = new Set(change.removeTags ?? []);
          const after = [
            ...new Set([...before.filter((t) => !removed.has(t)), ...(change.addTags ?? [])]),
          ];
          if (after.join('\u0000') !== before.join('\u0000')) {
            setTags.run(JSON.stringify(after), row.id);
            changed += 1;
          }
        }
      }
      return changed;
    },

    /** Deletes an actor with its accounts, relations, memberships and placements (cascade). */
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('actor', id);
    },
  };
}
export type ActorRepository = ReturnType<typeof createActorRepository>;
