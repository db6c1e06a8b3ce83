import { setIndexesAside } from '../journal/setAside';
import type { SqliteDatabase } from '../sqlite';

type RelationValues = {
  directed: number;
  weight: number;
  evidence: string | null;
  observedOn: string | null;
};

const BATCH = 64;

/**
 * Writes imported edges as relations, matching those the map has by source, target and type:
 * the n-th such edge of the import updates the n-th such relation (so importing a file again
 * changes nothing), further ones are created. Into a map without relations (a first import)
 * every edge is new: nothing is matched, and the relation indexes are set aside and built once
 * at the end (`finish`) rather than row by row — by the statements that made them, so the schema
 * is unchanged.
 */
export function relationMatcher(db: SqliteDatabase, now: string) {
  const existing = new Map<string, number[]>();
  for (const r of db
    .prepare<[], { id: number; source_id: number; target_id: number; type: string }>(
      'SELECT id, source_id, target_id, type FROM relations ORDER BY id',
    )
    .iterate()) {
    const key = `${r.source_id}>${r.target_id}>${r.type}`;
    const list = existing.get(key);
    if (list) list.push(r.id);
    else existing.set(key, [r.id]);
  }
  const firstImport = existing.size === 0;
  const restoreIndexes = firstImport ? setIndexesAside(db, 'relations') : null;
  // New relations go in BATCH at a time: one statement of many rows costs a third less than as
  // many one-row statements. The rest go in one by one at `finish`.
  const columns =
    'INSERT INTO relations (source_id, target_id, type, directed, weight, evidence, observed_on, created_at) VALUES ';
  const row = '(?, ?, ?, ?, ?, ?, ?, ?)';
  const insertOne = db.prepare(columns + row);
  const insertBatch = db.prepare(columns + Array<string>(BATCH).fill(row).join(', '));
  const pending: Array<number | string | null> = [];
  const current = db.prepare<
    [number],
    { weight: number; directed: number; evidence: string | null; observed_on: string | null }
  >('SELECT weight, directed, evidence, observed_on FROM relations WHERE id = ?');
  const update = db.prepare(
    'UPDATE relations SET directed = ?, weight = ?, evidence = ?, observed_on = ? WHERE id = ?',
  );
  const used = new Map<string, number>();

  return {
    write(
      source: number,
      target: number,
      type: string,
      v: RelationValues,
    ): 'created' | 'updated' | 'unchanged' {
      let match: number | undefined;
      if (!firstImport) {
        const key = `${source}>${target}>${type}`;
        const n = used.get(key) ?? 0;
        used.set(key, n + 1);
        match = existing.get(key)?.[n];
      }
      if (match === undefined) {
        pending.push(source, target, type, v.directed, v.weight, v.evidence, v.observedOn, now);
        if (pending.length === BATCH * 8) {
          insertBatch.run(pending);
          pending.length = 0;
        }
        return 'created';
      }
      const row = current.get(match);
      if (
        row &&
        (row.weight !== v.weight ||
          row.directed !== v.directed ||
          (v.evidence !== null && row.evidence !== v.evidence) ||
          (v.observedOn !== null && row.observed_on !== v.observedOn))
      ) {
        update.run(
          v.directed,
          v.weight,
          v.evidence ?? row.evidence,
          v.observedOn ?? row.observed_on,
          match,
        );
        return 'updated';
      }
      return 'unchanged';
    },
    finish(): void {
      for (let at = 0; at < pending.length; at += 8) insertOne.run(pending.slice(at, at + 8));
      pending.length = 0;
      restoreIndexes?.();
    },
  };
}
