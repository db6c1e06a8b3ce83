import type { MapInfo } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';

/** Row counts of the main entities, as `influmap stats` and the map info report them. */
export function createCountsRepository(db: SqliteDatabase) {
  const counts = db.prepare<[], MapInfo['counts']>(`
    SELECT (SELECT count(*) FROM actors) AS actors,
           (SELECT count(*) FROM relations) AS relations,
           (SELECT count(*) FROM communities) AS communities,
           (SELECT count(*) FROM topics) AS topics,
           (SELECT count(*) FROM journeys) AS journeys`);
  return {
    get: (): MapInfo['counts'] => {
      const row = counts.get();
      if (!row) throw new Error('count query returned no row');
      return row;
    },
  };
}
