import type {
  ActorId,
  CommunityId,
  Journey,
  JourneyLanes,
  TopicId,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';

type StageRow = {
  journey_id: number;
  journey_name: string;
  stage_id: number;
  stage_name: string;
  is_moment_of_truth: number;
};
type PlacementRow = { stage_id: number; actor_id: number; legitimacy: number };

/**
 * Journeys as the map's lanes layout reads them (stages in loop order, actors placed at each).
 * Editing journeys comes with the journey work; the demo and imports already fill them.
 */
export function createJourneyRepository(db: SqliteDatabase) {
  const stages = db.prepare<[], StageRow>(
    `SELECT j.id AS journey_id, j.name AS journey_name, s.id AS stage_id, s.name AS stage_name, s.is_moment_of_truth
     FROM journeys j JOIN journey_stages s ON s.journey_id = j.id ORDER BY j.id, s.position`,
  );
  const placements = db.prepare<[], PlacementRow>(
    'SELECT stage_id, actor_id, legitimacy FROM placements WHERE actor_id IS NOT NULL ORDER BY legitimacy DESC, actor_id',
  );
  return {
    lanes(): JourneyLanes {
      const byStage = new Map<number, Array<{ actorId: ActorId; legitimacy: number }>>();
      for (const p of placements.all())
        byStage.set(p.stage_id, [
          ...(byStage.get(p.stage_id) ?? []),
          { actorId: p.actor_id as ActorId, legitimacy: p.legitimacy },
        ]);
      const journeys: JourneyLanes['journeys'] = [];
      for (const row of stages.all()) {
        let journey = journeys.at(-1);
        if (!journey || journey.id !== row.journey_id) {
          journey = { id: row.journey_id, name: row.journey_name, stages: [] };
          journeys.push(journey);
        }
        journey.stages.push({
          id: row.stage_id,
          name: row.stage_name,
          isMomentOfTruth: row.is_moment_of_truth === 1,
          placements: byStage.get(row.stage_id) ?? [],
        });
      }
      return { journeys };
    },
  };
}

type JourneyRow = {
  id: number;
  name: string;
  persona: string | null;
  description: string | null;
  topic_id: number | null;
};
type FullStageRow = {
  id: number;
  journey_id: number;
  name: string;
  position: number;
  is_moment_of_truth: number;
};
type TouchpointRow = {
  id: number;
  stage_id: number;
  name: string;
  channel: string | null;
  format: string | null;
  is_moment_of_truth: number;
};
type FullPlacementRow = {
  id: number;
  stage_id: number;
  touchpoint_id: number | null;
  actor_id: number | null;
  community_id: number | null;
  legitimacy: number;
  note: string | null;
};

/**
 * Journeys as the Journey view edits them: each with its stages in loop order, their
 * touchpoints and placements. Stage positions stay 0..n−1 after every insert, move and delete.
 */
export function createJourneyEditor(db: SqliteDatabase) {
  const journeys = db.prepare<[], JourneyRow>(
    'SELECT id, name, persona, description, topic_id FROM journeys ORDER BY id',
  );
  const stages = db.prepare<[], FullStageRow>(
    'SELECT id, journey_id, name, position, is_moment_of_truth FROM journey_stages ORDER BY journey_id, position',
  );
  const touchpoints = db.prepare<[], TouchpointRow>(
    'SELECT id, stage_id, name, channel, format, is_moment_of_truth FROM touchpoints ORDER BY stage_id, position, id',
  );
  const placements = db.prepare<[], FullPlacementRow>(
    'SELECT id, stage_id, touchpoint_id, actor_id, community_id, legitimacy, note FROM placements ORDER BY stage_id, legitimacy DESC, id',
  );
  const stageCount = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM journey_stages WHERE journey_id = ?',
  );
  const insertStage = db.prepare<[number, string, number, number]>(
    'INSERT INTO journey_stages (journey_id, name, position, is_moment_of_truth) VALUES (?, ?, ?, ?)',
  );
  const stageRow = db.prepare<[number], FullStageRow>(
    'SELECT id, journey_id, name, position, is_moment_of_truth FROM journey_stages WHERE id = ?',
  );
  const setPosition = db.prepare<[number, number]>(
    'UPDATE journey_stages SET position = ? WHERE id = ?',
  );
  const stageIdsOf = db.prepare<[number], { id: number }>(
    'SELECT id FROM journey_stages WHERE journey_id = ? ORDER BY position',
  );
  const findPlacement = db.prepare<
    [number, number | null, number | null, number | null],
    { id: number }
  >(
    `SELECT id FROM placements WHERE stage_id = ? AND touchpoint_id IS ? AND actor_id IS ? AND community_id IS ?`,
  );

  const trailRows = db
    .prepare('SELECT trail_id, actor_id FROM trail_steps ORDER BY trail_id, step')
    .raw();
  /** Positions 0..n−1 in the given order (through negative positions: they are unique). */
  const renumber = (ids: readonly number[]) => {
    ids.forEach((id, i) => setPosition.run(-1 - i, id));
    ids.forEach((id, i) => setPosition.run(i, id));
  };

  return {
    list(): Journey[] {
      const byStage = <T extends { stage_id: number }>(rows: T[]) => {
        const map = new Map<number, T[]>();
        for (const row of rows) map.set(row.stage_id, [...(map.get(row.stage_id) ?? []), row]);
        return map;
      };
      const tps = byStage(touchpoints.all());
      const pls = byStage(placements.all());
      const stagesOf = new Map<number, Journey['stages']>();
      for (const s of stages.all()) {
        const list = stagesOf.get(s.journey_id) ?? [];
        list.push({
          id: s.id,
          name: s.name,
          position: s.position,
          isMomentOfTruth: s.is_moment_of_truth === 1,
          touchpoints: (tps.get(s.id) ?? []).map((t) => ({
            id: t.id,
            stageId: t.stage_id,
            name: t.name,
            channel: t.channel,
            format: t.format,
            isMomentOfTruth: t.is_moment_of_truth === 1,
          })),
          placements: (pls.get(s.id) ?? []).map((p) => ({
            id: p.id,
            stageId: p.stage_id,
            touchpointId: p.touchpoint_id,
            actorId: p.actor_id as ActorId | null,
            communityId: p.community_id as CommunityId | null,
            legitimacy: p.legitimacy,
            note: p.note,
          })),
        });
        stagesOf.set(s.journey_id, list);
      }
      return journeys.all().map((j) => ({
        id: j.id,
        name: j.name,
        persona: j.persona,
        description: j.description,
        topicId: j.topic_id as TopicId | null,
        stages: stagesOf.get(j.id) ?? [],
      }));
    },
    create(
      draft: { name: string; persona?: string | null; topicId?: number | null },
      stageList: ReadonlyArray<{ name: string; isMomentOfTruth: boolean }>,
    ): number {
      const id = Number(
        db
          .prepare('INSERT INTO journeys (name, persona, topic_id) VALUES (?, ?, ?)')
          .run(draft.name, draft.persona ?? null, draft.topicId ?? null).lastInsertRowid,
      );
      stageList.forEach((s, i) => insertStage.run(id, s.name, i, s.isMomentOfTruth ? 1 : 0));
      return id;
    },
    update(
      id: number,
      patch: {
        name?: string;
        persona?: string | null;
        description?: string | null;
        topicId?: number | null;
      },
    ): boolean {
      const columns: Array<[string, unknown]> = [];
      if (patch.name !== undefined) columns.push(['name', patch.name]);
      if (patch.persona !== undefined) columns.push(['persona', patch.persona]);
      if (patch.description !== undefined) columns.push(['description', patch.description]);
      if (patch.topicId !== undefined) columns.push(['topic_id', patch.topicId]);
      if (columns.length === 0) return this.exists(id);
      const sql = `UPDATE journeys SET ${columns.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
      return db.prepare(sql).run(...columns.map(([, v]) => v), id).changes > 0;
    },
    exists: (id: number): boolean =>
      db.prepare('SELECT 1 FROM journeys WHERE id = ?').get(id) !== undefined,
    remove: (id: number): boolean =>
      db.prepare('DELETE FROM journeys WHERE id = ?').run(id).changes > 0,
    addStage(journeyId: number, name: string, isMomentOfTruth: boolean): number {
      const position = stageCount.get(journeyId)?.n ?? 0;
      return Number(
        insertStage.run(journeyId, name, position, isMomentOfTruth ? 1 : 0).lastInsertRowid,
      );
    },
    stage: (id: number) => stageRow.get(id) ?? null,
    updateStage(id: number, patch: { name?: string; isMomentOfTruth?: boolean }): void {
      if (patch.name !== undefined)
        db.prepare('UPDATE journey_stages SET name = ? WHERE id = ?').run(patch.name, id);
      if (patch.isMomentOfTruth !== undefined)
        db.prepare('UPDATE journey_stages SET is_moment_of_truth = ? WHERE id = ?').run(
          patch.isMomentOfTruth ? 1 : 0,
          id,
        );
    },
    moveStage(id: number, position: number): void {
      const row = stageRow.get(id);
      if (!row) return;
      const ids = stageIdsOf
        .all(row.journey_id)
        .map((r) => r.id)
        .filter((x) => x !== id);
      ids.splice(Math.max(0, Math.min(position, ids.length)), 0, id);
      renumber(ids);
    },
    removeStage(id: number): void {
      const row = stageRow.get(id);
      if (!row) return;
      db.prepare('DELETE FROM journey_stages WHERE id = ?').run(id);
      renumber(stageIdsOf.all(row.journey_id).map((r) => r.id));
    },
    addTouchpoint(t: {
      stageId: number;
      name: string;
      channel?: string | null;
      format?: string | null;
      isMomentOfTruth?: boolean;
    }): number {
      return Number(
        db
          .prepare(
            `INSERT INTO touchpoints (stage_id, name, channel, format, is_moment_of_truth, position)
             VALUES (?, ?, ?, ?, ?, (SELECT count(*) FROM touchpoints WHERE stage_id = ?))`,
          )
          .run(
            t.stageId,
            t.name,
            t.channel ?? null,
            t.format ?? null,
            t.isMomentOfTruth ? 1 : 0,
            t.stageId,
          ).lastInsertRowid,
      );
    },
    touchpointStage: (id: number): number | null =>
      db
        .prepare<[number], { stage_id: number }>('SELECT stage_id FROM touchpoints WHERE id = ?')
        .get(id)?.stage_id ?? null,
    removeTouchpoint: (id: number): boolean =>
      db.prepare('DELETE FROM touchpoints WHERE id = ?').run(id).changes > 0,
    /** Places (or re-places: same stage, touchpoint and actor/community) and returns its id. */
    place(p: {
      stageId: number;
      touchpointId: number | null;
      actorId: number | null;
      communityId: number | null;
      legitimacy: number;
      note?: string | null;
    }): number {
      const known = findPlacement.get(p.stageId, p.touchpointId, p.actorId, p.communityId);
      if (known) {
        db.prepare(
          'UPDATE placements SET legitimacy = ?, note = coalesce(?, note) WHERE id = ?',
        ).run(p.legitimacy, p.note ?? null, known.id);
        return known.id;
      }
      return Number(
        db
          .prepare(
            'INSERT INTO placements (stage_id, touchpoint_id, actor_id, community_id, legitimacy, note) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(p.stageId, p.touchpointId, p.actorId, p.communityId, p.legitimacy, p.note ?? null)
          .lastInsertRowid,
      );
    },
    updatePlacement(id: number, patch: { legitimacy?: number; note?: string | null }): boolean {
      let changed = 0;
      if (patch.legitimacy !== undefined)
        changed += db
          .prepare('UPDATE placements SET legitimacy = ? WHERE id = ?')
          .run(patch.legitimacy, id).changes;
      if (patch.note !== undefined)
        changed += db
          .prepare('UPDATE placements SET note = ? WHERE id = ?')
          .run(patch.note, id).changes;
      return (
        changed > 0 || db.prepare('SELECT 1 FROM placements WHERE id = ?').get(id) !== undefined
      );
    },
    removePlacement: (id: number): boolean =>
      db.prepare('DELETE FROM placements WHERE id = ?').run(id).changes > 0,
    /**
     * Trails as columns, one entry per step in step order, trails numbered 0..n−1. Read in the
     * order of the (trail, step) unique index, so SQLite sorts nothing.
     */
    trailSteps(): { trails: number; trail: number[]; actor: number[] } {
      const trail: number[] = [];
      const actor: number[] = [];
      let last = -1;
      let index = -1;
      for (const row of trailRows.iterate() as IterableIterator<[number, number | null]>) {
        if (row[0] !== last) {
          last = row[0];
          index += 1;
        }
        trail.push(index);
        actor.push(row[1] ?? -1);
      }
      const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM trails').get()?.n ?? 0;
      return { trails: count, trail, actor };
    },
  };
}
export type JourneyEditor = ReturnType<typeof createJourneyEditor>;
