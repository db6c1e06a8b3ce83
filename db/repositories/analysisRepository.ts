import { journalPageOne } from '../journal/pageOne';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../sqlite';

export type StoredResult = {
  scope: string;
  fingerprint: string;
  computedAt: string;
  payload: string;
};

/**
 * The analyses' results kept in the map (migration 0002). Derived data: written outside the
 * journal (an undo changes the inputs, hence the fingerprint, and the result is recomputed), one
 * row per scope, replaced whole.
 */
export function createAnalysisRepository(db: SqliteDatabase) {
  // Prepared on first use: a map still at schema v1 (being migrated) has no such table yet.
  let statements: {
    read: Statement<[string], StoredResult>;
    write: Statement<[string, string, string]>;
  } | null = null;
  const prepared = () =>
    (statements ??= {
      read: db.prepare<[string], StoredResult>(
        'SELECT scope, fingerprint, computed_at AS computedAt, payload FROM analysis_results WHERE scope = ?',
      ),
      write: db.prepare<[string, string, string]>(
        `INSERT INTO analysis_results (scope, fingerprint, payload) VALUES (?, ?, ?)
         ON CONFLICT (scope) DO UPDATE SET fingerprint = excluded.fingerprint, payload = excluded.payload,
           computed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      ),
    });
  return {
    get: (scope: string): StoredResult | null => prepared().read.get(scope) ?? null,
    put(scope: string, fingerprint: string, payload: string): void {
      db.transaction(() => {
        journalPageOne(db);
        prepared().write.run(scope, fingerprint, payload);
      })();
    },
  };
}
