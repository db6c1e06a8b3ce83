import { AppError } from '../../shared/api/errors';
import type {
  Community,
  CommunityId,
  TopicId,
  ValidCommunityDraft,
  ValidCommunityPatch,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type CommunityRow = {
  id: number;
  name: string;
  color: string | null;
  origin: 'manual' | 'detected';
  topic_id: number | null;
  member_count: number;
};

const SELECT = `SELECT c.id, c.name, c.color, c.origin, c.topic_id,
                       (SELECT count(*) FROM community_members m WHERE m.community_id = c.id) AS member_count
                FROM communities c`;

const toCommunity = (row: CommunityRow): Community => ({
  id: row.id as CommunityId,
  name: row.name,
  color: row.color,
  origin: row.origin,
  topicId: row.topic_id as TopicId | null,
  memberCount: row.member_count,
});

const PATCH_COLUMNS = {
  name: 'name',
  color: 'color',
  topicId: 'topic_id',
  notes: 'notes',
} as const satisfies Record<keyof ValidCommunityPatch, string>;

/** Communities drawn by hand (detected ones come with the analytics) and their members. */
export function createCommunityRepository(db: SqliteDatabase) {
  const all = db.prepare<[], CommunityRow>(`${SELECT} ORDER BY c.id`);
  const byId = db.prepare<[number], CommunityRow>(`${SELECT} WHERE c.id = ?`);
  const insert = db.prepare<[string, string | null, number | null, string | null]>(
    "INSERT INTO communities (name, color, topic_id, notes, origin) VALUES (?, ?, ?, ?, 'manual')",
  );
  const remove = db.prepare<[number]>('DELETE FROM communities WHERE id = ?');
  const addMember = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const removeMember = db.prepare<[number, number]>(
    'DELETE FROM community_members WHERE community_id = ? AND actor_id = ?',
  );
  const moveMembers = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO community_members (community_id, actor_id) SELECT ?, actor_id FROM community_members WHERE community_id = ?',
  );
  const movePlacements = db.prepare<[number, number]>(
    'UPDATE placements SET community_id = ? WHERE community_id = ?',
  );

  const get = (id: number): Community => {
    const row = byId.get(id);
    if (!row) throw notFound('community', id);
    return toCommunity(row);
  };

  return {
    get,
    list: (): Community[] => all.all().map(toCommunity),
    create(draft: ValidCommunityDraft): Community {
      const info = insert.run(
        draft.name,
        draft.color ?? null,
        draft.topicId ?? null,
        draft.notes ?? null,
      );
      return get(Number(info.lastInsertRowid));
    },
    update(id: number, patch: ValidCommunityPatch): Community {
      get(id);
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [keyof ValidCommunityPatch, unknown]
      >;
      if (entries.length > 0) {
        db.prepare(
          `UPDATE communities SET ${entries.map(([f]) => `${PATCH_COLUMNS[f]} = ?`).join(', ')} WHERE id = ?`,
        ).run([...entries.map(([, v]) => v ?? null), id]);
      }
      return get(id);
    },
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('community', id);
    },
    /** Adds actors (already members are left as they are); returns how many joined. */
    addMembers(id: number, actorIds: readonly number[]): number {
      get(id);
      return actorIds.reduce((joined, actorId) => joined + addMember.run(id, actorId).changes, 0);
    },
    removeMembers(id: number, actorIds: readonly number[]): number {
      get(id);
      return actorIds.reduce((left, actorId) => left + removeMember.run(id, actorId).changes, 0);
    },
    /** Moves the members and placements of `sourceIds` into `targetId`, then deletes the sources. */
    merge(sourceIds: readonly number[], targetId: number): Community {
      get(targetId);
      for (const sourceId of sourceIds) {
        if (sourceId === targetId)
          throw new AppError({
            code: 'INVALID_INPUT',
            field: 'sourceIds',
            detail: 'a community cannot merge into itself',
          });
        get(sourceId);
        moveMembers.run(targetId, sourceId);
        movePlacements.run(targetId, sourceId);
        remove.run(sourceId);
      }
      return get(targetId);
    },
  };
}
