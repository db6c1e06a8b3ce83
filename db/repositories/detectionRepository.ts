import type { SqliteDatabase } from '../sqlite';

export type DetectionRun = {
  id: number;
  algorithm: string;
  parameters: Record<string, unknown>;
  modularity: number | null;
  status: 'proposed' | 'accepted' | 'discarded';
  createdAt: string;
  communities: number;
};
type RunRow = Omit<DetectionRun, 'parameters' | 'createdAt'> & {
  parameters: string;
  created_at: string;
};

/**
 * Community detection runs and the communities they proposed (origin `detected`). Hand-made
 * communities are never touched: accepting a run keeps its communities beside them, discarding
 * it deletes only its own (the foreign key cascades).
 */
export function createDetectionRepository(db: SqliteDatabase) {
  const insertRun = db.prepare<[string, string, number]>(
    "INSERT INTO detection_runs (algorithm, parameters, modularity, status) VALUES (?, ?, ?, 'proposed')",
  );
  const insertCommunity = db.prepare<[string, number]>(
    "INSERT INTO communities (name, origin, detection_run_id) VALUES (?, 'detected', ?)",
  );
  const insertMember = db.prepare<[number, number]>(
    'INSERT INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const list = db.prepare<[], RunRow>(
    `SELECT r.id, r.algorithm, r.parameters, r.modularity, r.status, r.created_at,
            (SELECT count(*) FROM communities c WHERE c.detection_run_id = r.id) AS communities
     FROM detection_runs r ORDER BY r.id`,
  );
  const setStatus = db.prepare<[string, number]>(
    'UPDATE detection_runs SET status = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM detection_runs WHERE id = ?');

  return {
    /** Stores a run and its communities; returns the run id and the new community ids in order. */
    save(
      run: { algorithm: string; parameters: Record<string, unknown>; modularity: number },
      groups: ReadonlyArray<{ name: string; actorIds: readonly number[] }>,
    ): { runId: number; communityIds: number[] } {
      const runId = Number(
        insertRun.run(run.algorithm, JSON.stringify(run.parameters), run.modularity)
          .lastInsertRowid,
      );
      const communityIds = groups.map((group) => {
        const id = Number(insertCommunity.run(group.name, runId).lastInsertRowid);
        for (const actorId of group.actorIds) insertMember.run(id, actorId);
        return id;
      });
      return { runId, communityIds };
    },
    list: (): DetectionRun[] =>
      list.all().map(({ created_at, parameters, ...row }) => ({
        ...row,
        parameters: JSON.parse(parameters) as Record<string, unknown>,
        createdAt: created_at,
      })),
    /** Returns false when there is no such run. */
    setStatus: (id: number, status: 'accepted' | 'discarded'): boolean =>
      setStatus.run(status, id).changes > 0,
    /** Deletes the run and the communities it proposed. */
    discard: (id: number): boolean => remove.run(id).changes > 0,
  };
}
