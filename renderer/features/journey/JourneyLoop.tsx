import { useEffect, useRef } from 'react';
import { curveCatmullRomClosed, line, select } from 'd3';
import type { Journey } from '../../../shared/domain/schemas';
import type { InfluencePath } from '../../../shared/journey/influencePath';
import {
  continuityArcs,
  LOOP_HEIGHT as HEIGHT,
  LOOP_WIDTH as WIDTH,
  loopStages,
  type LoopStage,
} from '../../../shared/figures/loopScene';

export type LoopLabels = {
  whiteSpot: string;
  exposure: (count: number) => string;
  momentOfTruth: string;
};

type StageDatum = LoopStage & { highlighted: boolean; chosen: boolean };

/**
 * The journey as an infinity loop, drawn with d3: stages evenly along it in journey order
 * (shared/journey/loopGeometry.ts), moments of truth as larger rings with a star, white spots
 * dashed red, the exposure to detractors as a red badge, and the influence path's voice under
 * each stage; a segment is drawn thick where the voice hands on to the next (continuity).
 * Clicking a stage selects it (and its actors on the map).
 */
export function JourneyLoop({
  journey,
  path,
  nameOf,
  highlightedStages,
  chosenStage,
  onStage,
  labels,
}: {
  journey: Journey;
  path: InfluencePath | null;
  nameOf: (actorId: number) => string;
  highlightedStages: ReadonlySet<number>;
  chosenStage: number | null;
  onStage: (stageId: number) => void;
  labels: LoopLabels;
}) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // The same model the exports draw (shared/figures/loopScene.ts): one loop everywhere.
    const { outline: dense, stages: placed } = loopStages(
      journey.stages,
      path,
      nameOf,
      WIDTH,
      HEIGHT,
    );
    const data: StageDatum[] = placed.map((stage) => ({
      ...stage,
      highlighted: highlightedStages.has(stage.id),
      chosen: chosenStage === stage.id,
    }));
    const root = select(svg);
    // Three layers, created once, so that stages always stay above the loop and its links.
    const layer = (name: string) =>
      root.selectAll<SVGGElement, string>(`g.${name}`).data([name]).join('g').attr('class', name);
    const through = line<{ x: number; y: number }>()
      .x((d) => d.x)
      .y((d) => d.y);
    layer('loop-layer')
      .selectAll<SVGPathElement, string>('path.loop')
      // A generator of its own: d3's `curve()` changes the generator it is called on, and the
      // continuity arcs below must stay open (a closed curve drew them as chords of the loop).
      .data([
        line<{ x: number; y: number }>()
          .x((d) => d.x)
          .y((d) => d.y)
          .curve(curveCatmullRomClosed)(dense.filter((_, i) => i % 12 === 0)) ?? '',
      ])
      .join('path')
      .attr('class', 'loop')
      .attr('d', (d) => d);
    // Continuity: the stretch of loop from the previous stage's voice to this one's, drawn thick.
    const links = continuityArcs(dense, data);
    layer('link-layer')
      .selectAll<SVGPathElement, (typeof links)[number]>('path.continuity')
      .data(links)
      .join('path')
      .attr('class', 'continuity')
      .attr('d', (arc) => through(arc) ?? '');
    const stages = layer('stage-layer')
      .selectAll<SVGGElement, StageDatum>('g.stage')
      .data(data, (d) => String(d.id))
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', 'stage')
          .attr('tabindex', 0)
          .attr('role', 'button');
        g.append('circle').attr('class', 'ring');
        g.append('text').attr('class', 'stage-name');
        g.append('text').attr('class', 'stage-voice');
        g.append('text').attr('class', 'stage-exposure');
        return g;
      })
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .attr('data-stage', (d) => d.id)
      .attr('data-testid', 'loop-stage')
      .attr('aria-label', (d) =>
        [
          d.name,
          d.momentOfTruth ? labels.momentOfTruth : '',
          d.voice ?? (d.whiteSpot ? labels.whiteSpot : ''),
          d.exposure > 0 ? labels.exposure(d.exposure) : '',
        ]
          .filter(Boolean)
          .join(' — '),
      )
      .classed('moment-of-truth', (d) => d.momentOfTruth)
      .classed('white-spot', (d) => d.whiteSpot)
      .classed('highlighted', (d) => d.highlighted)
      .classed('chosen', (d) => d.chosen)
      .on('click', (_event, d) => onStage(d.id))
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key === 'Enter' || event.key === ' ') onStage(d.id);
      });
    stages.select('circle.ring').attr('r', (d) => (d.momentOfTruth ? 17 : 12));
    stages
      .select('text.stage-name')
      .attr('y', -24)
      .text((d) => `${d.momentOfTruth ? '★ ' : ''}${d.name}`);
    stages
      .select('text.stage-voice')
      .attr('y', 30)
      // Nothing while the path is being computed; "white spot" only once it is known.
      .text((d) => d.voice ?? (d.whiteSpot ? labels.whiteSpot : ''));
    stages
      .select('text.stage-exposure')
      .attr('x', 16)
      .attr('y', -10)
      .text((d) => (d.exposure > 0 ? `⚠ ${d.exposure}` : ''));
  }, [journey, path, nameOf, highlightedStages, chosenStage, onStage, labels]);
  return (
    <svg
      ref={svgRef}
      className="journey-loop"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={journey.name}
      data-testid="journey-loop"
    />
  );
}
