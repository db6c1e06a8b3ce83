import { resolve } from 'node:path';
import { journeyPath } from '../../db/analytics/journeyPath';
import { openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { findJourney } from '../../shared/journey/pathInput';
import { UsageError, type Output } from '../output';

/**
 * `influmap path <map> --journey <id-or-name> [--topic <id-or-name>] [--json]` (DESIGN.md §5):
 * the influence path of a journey, stage by stage in loop order, each stage's voices best first
 * (the chosen one, then the alternatives), its exposure to detractors, and the white spots.
 */
export function pathCommand(
  path: string,
  options: { journey?: string; topic?: string; json?: boolean },
  output: Output,
): void {
  if (!options.journey) throw new UsageError('path: which journey? (--journey <id-or-name>)');
  const map = openMap(resolve(path));
  try {
    const repos = createRepositories(map.db);
    const journeys = repos.journeyEditor.list();
    const journey = findJourney(journeys, options.journey);
    if (!journey)
      throw new UsageError(
        `path: no journey "${options.journey}" in ${path}${journeys.length > 0 ? ` (journeys: ${journeys.map((j) => j.name).join(', ')})` : ' (it has no journey)'}`,
      );
    let topicId: number | null = null;
    if (options.topic !== undefined) {
      const wanted = options.topic.trim();
      const topic = repos.topics
        .list()
        .find((t) => String(t.id) === wanted || t.name.toLowerCase() === wanted.toLowerCase());
      if (!topic) throw new UsageError(`path: no topic "${options.topic}" in ${path}`);
      topicId = topic.id;
    }
    const { path: result, keyOf } = journeyPath(repos, journey, topicId);
    if (options.json) {
      output.out(
        JSON.stringify({
          journey: journey.name,
          stages: result.stages.map((s) => ({
            stage: s.stage,
            actors: [s.voice, ...s.alternatives].flatMap((v) => (v ? [keyOf(v.actorId)] : [])),
            score: round(s.score),
            continued: s.continued,
            momentOfTruth: s.isMomentOfTruth,
            exposure: s.exposure.map((e) => keyOf(e.actorId)),
          })),
          whiteSpots: result.whiteSpots,
          score: round(result.score),
        }),
      );
      return;
    }
    output.out(`${journey.name}: path score ${result.score.toFixed(1)}`);
    for (const s of result.stages)
      output.out(
        `  ${s.isMomentOfTruth ? '*' : ' '} ${s.stage.padEnd(20)} ${s.voice ? `${keyOf(s.voice.actorId)} (${s.score.toFixed(1)}${s.continued ? ', continues' : ''})` : 'WHITE SPOT'}${s.exposure.length > 0 ? `  exposure: ${s.exposure.map((e) => keyOf(e.actorId)).join(', ')}` : ''}`,
      );
  } finally {
    map.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
