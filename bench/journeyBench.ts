import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { journeyPath } from '../db/analytics/journeyPath';
import { seedGeneratedMap } from '../db/demo/generatedMap';
import { createMap, openMap } from '../db/file/openMap';
import { createRepositories } from '../db/repositories';
import { pageRank } from '../shared/analytics/centrality';
import { normalisedCentrality, rankActors } from '../shared/analytics/influenceScore';
import { buildNetwork } from '../shared/analytics/network';
import { influencePath } from '../shared/journey/influencePath';
import { pathInputOf } from '../shared/journey/pathInput';
import { pathPresence } from '../shared/journey/pathPresence';
import { seededRandom } from '../shared/util/random';

/**
 * Issue 6's benchmark: the influence path of a journey of 8 stages with 500 actors placed at
 * each, on a generated map of 10 000 actors (10 relations each, 20 communities): the DP alone
 * (target < 50 ms) and the whole path from the file (read, PageRank, scores, DP); and the path
 * presence of 100 000 trails of 2 to 10 steps (target < 1 s), from the file and in memory.
 */
const ACTORS = 10_000;
const STAGES = 8;
const PER_STAGE = 500;
const TRAILS = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const dir = mkdtempSync(join(tmpdir(), 'influmap-journey-bench-'));
try {
  const path = join(dir, 'journey.influmap');
  createMap(path, (db) => {
    seedGeneratedMap(db, {
      actors: ACTORS,
      perActor: 10,
      planted: { communities: 20, inside: 0.8 },
    });
    const random = seededRandom(6);
    const journey = db
      .prepare("INSERT INTO journeys (name) VALUES ('Bench journey')")
      .run().lastInsertRowid;
    const stage = db.prepare(
      'INSERT INTO journey_stages (journey_id, name, position, is_moment_of_truth) VALUES (?, ?, ?, ?)',
    );
    const place = db.prepare(
      'INSERT INTO placements (stage_id, actor_id, legitimacy) VALUES (?, ?, ?)',
    );
    for (let s = 0; s < STAGES; s += 1) {
      const stageId = stage.run(journey, `Stage ${s + 1}`, s, s % 3 === 0 ? 1 : 0).lastInsertRowid;
      const chosen = new Set<number>();
      while (chosen.size < PER_STAGE) chosen.add(1 + Math.floor(random() * ACTORS));
      for (const actor of chosen) place.run(stageId, actor, Math.round(random() * 100) / 100);
    }
    const trail = db.prepare('INSERT INTO trails (key) VALUES (?)');
    const step = db.prepare('INSERT INTO trail_steps (trail_id, step, actor_id) VALUES (?, ?, ?)');
    for (let t = 0; t < TRAILS; t += 1) {
      const id = trail.run(`t${t}`).lastInsertRowid;
      const length = 2 + Math.floor(random() * 9);
      // Trails favour a few hundred actors, as real ones do (the same sources come back).
      for (let k = 0; k < length; k += 1) step.run(id, k, 1 + Math.floor(random() ** 3 * ACTORS));
    }
  }).close();

  const map = openMap(path);
  const repos = createRepositories(map.db);
  const [journey] = repos.journeyEditor.list();
  if (!journey) throw new Error('no journey');

  // The DP alone, on inputs prepared as the app prepares them.
  const actors = repos.graph.actors();
  const relations = repos.graph.relations();
  const network = buildNetwork(actors.id, relations);
  const ranking = rankActors(
    actors.id.map((id, i) => ({
      id,
      reach: actors.reach[i] ?? null,
      resonance: actors.resonance[i] ?? null,
      relevance: new Map(),
    })),
    normalisedCentrality(network.ids, pageRank(network)),
    null,
    repos.settings.get().scoreWeights,
    repos.settings.get().tierThresholds,
  );
  const input = pathInputOf(journey, {
    actorIds: actors.id,
    stance: actors.stance,
    communityIds: actors.communityIds,
    relations: Array.from({ length: relations.sourceId.length }, (_, i) => ({
      sourceId: relations.sourceId[i] as number,
      targetId: relations.targetId[i] as number,
    })),
    score: new Map(ranking.map((r) => [r.id, r.score])),
  });
  const dp: number[] = [];
  let result = influencePath(input);
  for (let run = 0; run < 9; run += 1) {
    const start = performance.now();
    result = influencePath(input);
    dp.push(performance.now() - start);
  }
  const whole: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    journeyPath(repos, journey, null);
    whole.push(performance.now() - start);
  }

  const readStart = performance.now();
  const steps = repos.journeyEditor.trailSteps();
  const readMs = performance.now() - readStart;
  const presence: number[] = [];
  let present = 0;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    present = pathPresence(steps).size;
    presence.push(performance.now() - start);
  }
  map.close();

  console.log('\nJourney path and trails (issue 6)');
  console.log(
    `  map: ${ACTORS} actors, ${relations.sourceId.length} relations; journey: ${STAGES} stages × ${PER_STAGE} placed; path score ${result.score.toFixed(1)}, ${result.whiteSpots.length} white spots`,
  );
  console.log(
    `  influence path, DP alone (median of 9):     ${median(dp).toFixed(1)} ms (target < 50 ms)`,
  );
  console.log(
    `  influence path from the file (median of 3): ${median(whole).toFixed(0)} ms (read, PageRank, scores, DP)`,
  );
  console.log(
    `  path presence of ${TRAILS} trails (${steps.trail.length} steps): read ${readMs.toFixed(0)} ms + compute ${median(presence).toFixed(0)} ms (median of 5) = ${(readMs + median(presence)).toFixed(0)} ms (target < 1 s); ${present} actors met`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
