import type { SqliteDatabase } from '../sqlite';

/** Per-topic relevance of actors (0..1): the same person can matter on one topic and not another. */
export function createRelevanceRepository(db: SqliteDatabase) {
  const upsert = db.prepare<[number, number, number]>(
    'INSERT INTO actor_topics (actor_id, topic_id, relevance) VALUES (?, ?, ?) ON CONFLICT (actor_id, topic_id) DO UPDATE SET relevance = excluded.relevance',
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM actor_topics WHERE actor_id = ? AND topic_id = ?',
  );
  const every = db.prepare<[], { actor_id: number; topic_id: number; relevance: number }>(
    'SELECT actor_id, topic_id, relevance FROM actor_topics',
  );
  return {
    /** Every actor's relevance, by actor id then topic id. */
    all(): Map<number, Map<number, number>> {
      const byActor = new Map<number, Map<number, number>>();
      for (const row of every.iterate()) {
        const topics = byActor.get(row.actor_id);
        if (topics) topics.set(row.topic_id, row.relevance);
        else byActor.set(row.actor_id, new Map([[row.topic_id, row.relevance]]));
      }
      return byActor;
    },
    /** Sets an actor's relevance to a topic; null removes it. */
    set(actorId: number, topicId: number, relevance: number | null): void {
      if (relevance === null) remove.run(actorId, topicId);
      else upsert.run(actorId, topicId, relevance);
    },
  };
}
