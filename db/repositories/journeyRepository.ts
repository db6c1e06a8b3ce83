import type { ActorId, JourneyLanes } from '../../shared/domain/schemas';
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
