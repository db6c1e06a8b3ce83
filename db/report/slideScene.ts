import { analyseMap, type MapAnalysis } from '../../shared/analytics/analyseMap';
import type { Journey, Slide } from '../../shared/domain/schemas';
import type { Locale } from '../../shared/domain/vocabulary';
import { FIGURE_TEXT } from '../../shared/figures/figureText';
import { loopScene } from '../../shared/figures/loopScene';
import { riskRow, riskScene } from '../../shared/figures/riskScene';
import type { Scene } from '../../shared/figures/scene';
import { journeyPath } from '../analytics/journeyPath';
import { pictureOfView, type MapSource } from '../io/mapDrawing';
import type { Repositories } from '../repositories';

/** Computed once for all the slides of a report, rather than once per slide. */
export type SlideFacts = { analysis?: MapAnalysis; journeys?: Journey[] };

/**
 * A slide's picture: its saved view with the chosen actors brought forward, its journey's loop
 * (stages, moments of truth, the influence path, white spots, exposure), or the risk hotspots.
 * The presentation shows it full screen and the report prints it: one drawing for both.
 */
export function slideScene(
  repos: Repositories,
  source: MapSource,
  slide: Slide,
  locale: Locale,
  facts: SlideFacts = {},
): Scene {
  const text = FIGURE_TEXT[locale];
  const names = new Map(source.graph.actors.map((a) => [a.id as number, a.name]));
  const name = (id: number) => names.get(id) ?? `#${id}`;
  if (slide.kind === 'view') {
    const view = source.views.find((v) => v.id === slide.viewId) ?? null;
    // The picture says what it shows (the map and its view); the slide's own title and caption
    // are the player's and the report page's, so they are not drawn twice.
    return pictureOfView(repos, source, view, locale, {
      ...(slide.actorIds.length > 0 ? { highlight: new Set<number>(slide.actorIds) } : {}),
    }).scene;
  }
  if (slide.kind === 'journey') {
    const journey = (facts.journeys ?? repos.journeyEditor.list()).find(
      (j) => j.id === slide.journeyId,
    );
    if (journey) {
      const { path } = journeyPath(repos, journey, null);
      const subtitle = [source.settings.name, journey.persona].filter(Boolean).join(' · ');
      return loopScene(journey, path, name, text, subtitle);
    }
  }
  const analysis = facts.analysis ?? analyseForSlides(repos, source);
  const actors = new Map(source.graph.actors.map((a) => [a.id as number, a]));
  return riskScene(
    text.riskTitle,
    analysis.risks.slice(0, 8).map((r) => riskRow(r, (id) => actors.get(id)?.stance ?? 0, name)),
    text,
    source.settings.name,
  );
}

function analyseForSlides(repos: Repositories, source: MapSource): MapAnalysis {
  const onJourney = new Set<number>();
  for (const j of repos.journeyEditor.list())
    for (const s of j.stages)
      for (const p of s.placements) if (p.actorId !== null) onJourney.add(p.actorId);
  return analyseMap({
    graph: source.graph,
    relevance: repos.relevance.all(),
    weights: source.settings.scoreWeights,
    thresholds: source.settings.tierThresholds,
    topicId: null,
    onJourney,
  });
}
