import type { InfluencePath } from '../journey/influencePath';
import { loopArc, stageLayout, type LoopPoint } from '../journey/loopGeometry';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, shorten, type Scene, type SceneItem } from './scene';

/** The loop's drawing box, as the Journey view draws it. */
export const LOOP_WIDTH = 900;
export const LOOP_HEIGHT = 330;

export type LoopStage = {
  id: number;
  name: string;
  x: number;
  y: number;
  /** Index of the stage's point on the loop's dense outline. */
  at: number;
  momentOfTruth: boolean;
  whiteSpot: boolean;
  /** The chosen voice's name, or null (a white spot, or the path not known yet). */
  voice: string | null;
  /** The voice hands on from the previous stage's voice. */
  continued: boolean;
  /** How many detractors speak at the stage. */
  exposure: number;
};

/**
 * Where each stage of a journey sits on the infinity loop and what the influence path says of it:
 * the one model the Journey view draws on screen (with d3) and the exports draw as a scene.
 */
export function loopStages(
  stages: ReadonlyArray<{ id: number; name: string; isMomentOfTruth: boolean }>,
  path: InfluencePath | null,
  nameOf: (actorId: number) => string,
  width = LOOP_WIDTH,
  height = LOOP_HEIGHT,
): { outline: LoopPoint[]; stages: LoopStage[] } {
  const { outline, at } = stageLayout(stages.length, width, height);
  const byStage = new Map((path?.stages ?? []).map((s) => [s.stageId, s]));
  return {
    outline,
    stages: stages.map((stage, i) => {
      const p = byStage.get(stage.id);
      const point = outline[at[i] ?? 0] ?? { x: 0, y: 0 };
      return {
        id: stage.id,
        name: stage.name,
        x: point.x,
        y: point.y,
        at: at[i] ?? 0,
        momentOfTruth: stage.isMomentOfTruth,
        whiteSpot: p?.whiteSpot ?? false,
        voice: p?.voice ? nameOf(p.voice.actorId) : null,
        continued: p?.continued ?? false,
        exposure: p?.exposure.length ?? 0,
      };
    }),
  };
}

/** The stretches of loop drawn thick: from each stage's predecessor to it, where it continues. */
export function continuityArcs(
  outline: readonly LoopPoint[],
  stages: readonly LoopStage[],
): LoopPoint[][] {
  if (stages.length < 2) return [];
  return stages.flatMap((to, i) => {
    const from = stages[(i - 1 + stages.length) % stages.length] as LoopStage;
    return to.continued ? [loopArc(outline, from.at, to.at)] : [];
  });
}

const WHITE_SPOT = '#b2182b';
const PATH_BLUE = '#2166ac';

const polyline = (points: readonly LoopPoint[], closed = false): string => {
  const r = (n: number) => Math.round(n * 10) / 10;
  const [first, ...rest] = points;
  if (!first) return '';
  return `M${r(first.x)} ${r(first.y)} ${rest.map((p) => `L${r(p.x)} ${r(p.y)}`).join(' ')}${closed ? ' Z' : ''}`;
};

/**
 * The journey as an infinity loop (shared/journey/loopGeometry.ts): stages in journey order,
 * moments of truth as larger rings with a star, white spots dashed red, exposure to detractors
 * as a red count, the influence path's voice under each stage and the stretches where a voice
 * hands on to the next drawn thick. Title and subtitle above.
 */
export function loopScene(
  journey: {
    name: string;
    stages: ReadonlyArray<{ id: number; name: string; isMomentOfTruth: boolean }>;
  },
  path: InfluencePath | null,
  nameOf: (actorId: number) => string,
  text: FigureText,
  subtitle?: string,
): Scene {
  const top = 56;
  const { outline, stages } = loopStages(journey.stages, path, nameOf);
  const items: SceneItem[] = [
    { kind: 'text', x: 24, y: 28, text: journey.name, size: 18, bold: true, fill: INK },
  ];
  if (subtitle)
    items.push({ kind: 'text', x: 24, y: 46, text: subtitle, size: 12, fill: MUTED_INK });
  const loop: SceneItem[] = [
    {
      kind: 'path',
      d: polyline(
        outline.filter((_, i) => i % 6 === 0),
        true,
      ),
      fill: 'none',
      stroke: '#c9ced8',
      strokeWidth: 6,
    },
    ...continuityArcs(outline, stages).map((arc): SceneItem => ({
      kind: 'path',
      d: polyline(arc),
      fill: 'none',
      stroke: PATH_BLUE,
      strokeWidth: 6,
      strokeOpacity: 0.75,
    })),
  ];
  for (const s of stages) {
    const r = s.momentOfTruth ? 17 : 12;
    loop.push(
      {
        kind: 'circle',
        cx: s.x,
        cy: s.y,
        r,
        fill: s.whiteSpot ? '#fdecea' : '#ffffff',
        stroke: s.whiteSpot ? WHITE_SPOT : s.momentOfTruth ? INK : '#8a93a6',
        strokeWidth: s.momentOfTruth ? 3 : 2,
        ...(s.whiteSpot ? { dash: [4, 3] as const } : {}),
      },
      {
        kind: 'text',
        x: s.x,
        y: s.y - 24,
        text: shorten(`${s.momentOfTruth ? '★ ' : ''}${s.name}`, 26),
        size: 12,
        bold: s.momentOfTruth,
        anchor: 'middle',
        fill: INK,
        halo: '#ffffff',
      },
      {
        kind: 'text',
        x: s.x,
        y: s.y + 30,
        text: shorten(s.voice ?? (s.whiteSpot ? text.whiteSpot : ''), 26),
        size: 11,
        bold: s.whiteSpot,
        anchor: 'middle',
        fill: s.whiteSpot ? WHITE_SPOT : PATH_BLUE,
        halo: '#ffffff',
      },
    );
    if (s.exposure > 0)
      loop.push({
        kind: 'text',
        x: s.x + r + 4,
        y: s.y - 8,
        text: `⚠ ${s.exposure}`,
        size: 11,
        bold: true,
        fill: WHITE_SPOT,
        halo: '#ffffff',
      });
  }
  items.push({ kind: 'group', name: 'loop', dx: 0, dy: top, items: loop });
  const legendY = top + LOOP_HEIGHT + 14;
  items.push({
    kind: 'text',
    x: 24,
    y: legendY,
    text: `★ ${text.momentOfTruth}   ◌ ${text.whiteSpot}   ⚠ ${text.exposureTitle}   ━ ${text.continued}`,
    size: 10,
    fill: MUTED_INK,
  });
  return { width: LOOP_WIDTH, height: legendY + 16, title: journey.name, items };
}
