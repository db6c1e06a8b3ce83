import type { Community, CommunityId, TopicId } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';

type CommunityRow = {
  id: number;
  name: string;
  color: string | null;
  origin: 'manual' | 'detected';
  topic_id: number | null;
};

/** Communities as the map and lists show them; editing them comes with the hand-building issue. */
export function createCommunityRepository(db: SqliteDatabase) {
  const all = db.prepare<[], CommunityRow>(
    'SELECT id, name, color, origin, topic_id FROM communities ORDER BY id',
  );
  return {
    list: (): Community[] =>
      all.all().map((row) => ({
        id: row.id as CommunityId,
        name: row.name,
        color: row.color,
        origin: row.origin,
        topicId: row.topic_id as TopicId | null,
      })),
  };
}
