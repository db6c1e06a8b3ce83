import { seededRandom } from '../../shared/util/random';
import type { SqliteDatabase } from '../sqlite';

export type GeneratedMapShape = {
  actors: number;
  /** About this many relations start at each actor. */
  perActor: number;
  /**
   * Planted communities (stored as hand-made communities `Planted 1…k`): actor i belongs to
   * community i mod k, and a share `inside` of the relations stay inside it. Without it, targets
   * are uniform and no community is stored.
   */
  planted?: { communities: number; inside: number };
};

/**
 * Fills a map with generated actors and relations, in one transaction and unjournaled (as a seed),
 * deterministically: for benchmarks and for tests that need a big map or a known partition.
 */
export function seedGeneratedMap(db: SqliteDatabase, shape: GeneratedMapShape): void {
  const { actors, perActor, planted } = shape;
  const random = seededRandom(actors * 31 + perActor);
  const addActor = db.prepare(
    'INSERT INTO actors (id, key, name, kind, stance, reach) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addRelation = db.prepare(
    'INSERT INTO relations (source_id, target_id, type, weight) VALUES (?, ?, ?, ?)',
  );
  const addCommunity = db.prepare('INSERT INTO communities (id, name) VALUES (?, ?)');
  const addMember = db.prepare(
    'INSERT INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const k = planted?.communities ?? 0;
  for (let c = 1; c <= k; c += 1) addCommunity.run(c, `Planted ${c}`);
  for (let id = 1; id <= actors; id += 1) {
    addActor.run(
      id,
      `g${id}`,
      `Generated actor ${id}`,
      'influencer',
      Math.floor(random() * 5) - 2,
      Math.floor(10 ** (1 + random() * 6)),
    );
    if (k > 0) addMember.run(1 + (id % k), id);
  }
  for (let id = 1; id <= actors; id += 1) {
    for (let n = 0; n < perActor; n += 1) {
      let target = 1 + Math.floor(random() * actors);
      if (planted && k > 0 && random() < planted.inside) {
        // A member of the same community: ids congruent to `id` modulo k.
        const slots = Math.ceil((actors - (id % k)) / k);
        target = (id % k) + k * Math.floor(random() * slots);
        if (target < 1) target += k;
      }
      if (target !== id && target <= actors)
        addRelation.run(id, target, 'follows', 1 + Math.floor(random() * 3));
    }
  }
}
