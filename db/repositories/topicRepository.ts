import { AppError } from '../../shared/api/errors';
import type { Topic, TopicId, ValidTopicDraft, ValidTopicPatch } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type TopicRow = { id: number; name: string; color: string | null; description: string | null };

const toTopic = (row: TopicRow): Topic => ({
  id: row.id as TopicId,
  name: row.name,
  color: row.color,
  description: row.description,
});

export function createTopicRepository(db: SqliteDatabase) {
  const byId = db.prepare<[number], TopicRow>(
    'SELECT id, name, color, description FROM topics WHERE id = ?',
  );
  const all = db.prepare<[], TopicRow>(
    'SELECT id, name, color, description FROM topics ORDER BY name',
  );
  const insert = db.prepare<[string, string | null, string | null]>(
    'INSERT INTO topics (name, color, description) VALUES (?, ?, ?)',
  );
  const remove = db.prepare<[number]>('DELETE FROM topics WHERE id = ?');

  const get = (id: number): Topic => {
    const row = byId.get(id);
    if (!row) throw notFound('topic', id);
    return toTopic(row);
  };

  return {
    get,
    list: (): Topic[] => all.all().map(toTopic),
    create(draft: ValidTopicDraft): Topic {
      const info = insert.run(draft.name, draft.color ?? null, draft.description ?? null);
      return get(Number(info.lastInsertRowid));
    },
    update(id: number, patch: ValidTopicPatch): Topic {
      const current = get(id);
      const next = {
        ...current,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      db.prepare('UPDATE topics SET name = ?, color = ?, description = ? WHERE id = ?').run(
        next.name,
        next.color,
        next.description,
        id,
      );
      return get(id);
    },
    /**
     * Folds `sourceId` into `targetId`: relevance keeps the higher value per actor, and
     * communities, journeys, mentions, trails and detection runs point at the target.
     */
    merge(sourceId: number, targetId: number): Topic {
      if (sourceId === targetId)
        throw new AppError({
          code: 'INVALID_INPUT',
          field: 'sourceId',
          detail: 'a topic cannot merge into itself',
        });
      get(sourceId);
      get(targetId);
      db.prepare(
        `INSERT INTO actor_topics (actor_id, topic_id, relevance) SELECT actor_id, ?, relevance FROM actor_topics WHERE topic_id = ?
         ON CONFLICT (actor_id, topic_id) DO UPDATE SET relevance = max(relevance, excluded.relevance)`,
      ).run(targetId, sourceId);
      for (const table of ['communities', 'journeys', 'mentions', 'trails', 'detection_runs']) {
        db.prepare(`UPDATE ${table} SET topic_id = ? WHERE topic_id = ?`).run(targetId, sourceId);
      }
      remove.run(sourceId);
      return get(targetId);
    },
    /** Deletes a topic and the actors' relevance to it; communities and journeys keep existing. */
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('topic', id);
    },
  };
}
export type TopicRepository = ReturnType<typeof createTopicRepository>;
