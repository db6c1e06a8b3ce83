import type { SqliteDatabase } from '../sqlite';

/** Per-topic relevance of actors (0..1): the same person can matter on one topic and not another. */
export function createRelevanceRepository(db: SqliteDatabase) {
  const upsert = db.prepare<[number, number, number]>(
    'INSERT INTO actor_topics (actor_id, topic_id, relevance) VALUES (?, ?, ?) ON CONFLICT (actor_id, topic_id) DO UPDATE SET relevance = excluded.relevance',
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM actor_topics WHERE actor_id = ? AND topic_id = ?',
  );
  return {
    /** Sets an actor's relevance to a topic; null removes it. */
    set(actorId: number, topicId: number, relevance: number | null): void {
      if (relevance === null) remove.run(actorId, topicId);
      else upsert.run(actorId, topicId, relevance);
    },
  };
}
