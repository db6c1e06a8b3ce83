import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMap } from '../db/file/openMap';

/**
 * A plain better-sqlite3 loop, as the reference one (CSV split, one prepared insert per
 * row, one transaction, no validation), but into the app's own schema: no key matching beyond a
 * Map, no journal, foreign keys off, the relation indexes built once at the end. What this costs
 * beyond `sqlite3 .import` is the schema's (two relation indexes, checks, timestamps, wider
 * rows), not the app's validation.
 */
export function importFloor(dir: string): number {
  const start = performance.now();
  const map = createMap(join(dir, `floor-${Date.now()}.influmap`), () => undefined);
  const { db } = map;
  db.pragma('foreign_keys = OFF');
  const now = new Date().toISOString();
  const rows = (name: string) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => line.split(','));
  db.transaction(() => {
    db.exec(
      'DROP TRIGGER journal_actors_insert; DROP TRIGGER journal_relations_insert; DROP INDEX relations_source_idx; DROP INDEX relations_target_idx;',
    );
    const actor = db.prepare(
      "INSERT INTO actors (key, name, kind, stance, reach, tags, custom, created_at, updated_at) VALUES (?, ?, 'influencer', ?, ?, '[]', '{}', ?, ?)",
    );
    const ids = new Map<string, number>();
    for (const [key = '', name = '', stance = '0', reach = '0'] of rows('nodes.csv'))
      ids.set(
        key,
        Number(actor.run(key, name, Number(stance), Number(reach), now, now).lastInsertRowid),
      );
    const relation = db.prepare(
      'INSERT INTO relations (source_id, target_id, type, directed, weight, created_at) VALUES (?, ?, ?, 1, ?, ?)',
    );
    for (const [source = '', target = '', type = '', weight = '1'] of rows('edges.csv'))
      relation.run(ids.get(source), ids.get(target), type, Number(weight), now);
    db.exec(
      'CREATE INDEX relations_source_idx ON relations (source_id); CREATE INDEX relations_target_idx ON relations (target_id);',
    );
  })();
  map.close();
  return performance.now() - start;
}
