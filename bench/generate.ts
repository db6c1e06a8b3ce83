import { seededRandom } from '../shared/util/random';
import type { SqliteDatabase } from '../db/sqlite';

/**
 * Fills a map with `actors` generated actors and about `perActor` relations each, in one
 * transaction and unjournaled (as a seed), deterministically.
 */
export function seedGeneratedMap(db: SqliteDatabase, actors: number, perActor: number): void {
  const random = seededRandom(actors * 31 + perActor);
  const addActor = db.prepare(
    'INSERT INTO actors (id, key, name, kind, stance, reach) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addRelation = db.prepare(
    'INSERT INTO relations (source_id, target_id, type, weight) VALUES (?, ?, ?, ?)',
  );
  for (let id = 1; id <= actors; id += 1) {
    addActor.run(
      id,
      `g${id}`,
      `Generated actor ${id}`,
      'influencer',
      Math.floor(random() * 5) - 2,
      Math.floor(10 ** (1 + random() * 6)),
    );
  }
  for (let id = 1; id <= actors; id += 1) {
    for (let k = 0; k < perActor; k += 1) {
      const target = 1 + Math.floor(random() * actors);
      if (target !== id) addRelation.run(id, target, 'follows', 1 + Math.floor(random() * 3));
    }
  }
}
