import type { InfluencePath } from '../journey/influencePath';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, shorten, wrapText, type Scene, type SceneItem } from './scene';

const LANE = 220;
const GAP = 12;
const LEFT = 24;
const TOP = 64;
const LINE = 16;
const ROW_GAP = 16;
const LANES_PER_ROW = 4;
const WHITE_SPOT = '#b2182b';
const PATH_BLUE = '#2166ac';

/**
 * The journey's lanes: one column per stage in loop order — its name (a star for a moment of
 * truth), the voice the influence path puts forward with its legitimacy, the alternatives, and
 * the detractors who speak there; a white spot is a dashed red column. What the Journey view's
 * lanes say, as one picture for the exports and the report.
 */
export function lanesScene(
  journey: { name: string },
  path: InfluencePath,
  nameOf: (actorId: number) => string,
  text: FigureText,
  subtitle?: string,
): Scene {
  const items: SceneItem[] = [
    { kind: 'text', x: LEFT, y: 28, text: journey.name, size: 18, bold: true, fill: INK },
  ];
  if (subtitle)
    items.push({ kind: 'text', x: LEFT, y: 46, text: subtitle, size: 12, fill: MUTED_INK });
  // At most LANES_PER_ROW lanes side by side, so that a long journey stays legible on a page.
  const perRow = Math.min(LANES_PER_ROW, Math.max(1, path.stages.length));
  const columns = path.stages.map((stage) => laneColumn(stage, nameOf, text));
  let top = TOP;
  for (let start = 0; start < columns.length; start += perRow) {
    const row = columns.slice(start, start + perRow);
    const height = Math.max(...row.map((c) => c.height)) + 8;
    row.forEach((column, k) => {
      const stage = column.stage;
      items.push({
        kind: 'group',
        name: `stage-${stage.stageId}`,
        dx: LEFT + k * (LANE + GAP),
        dy: top,
        items: [
          {
            kind: 'rect',
            x: 0,
            y: 0,
            width: LANE,
            height,
            radius: 6,
            fill: stage.whiteSpot ? '#fdecea' : stage.isMomentOfTruth ? '#eef3fa' : '#f5f6f8',
            stroke: stage.whiteSpot ? WHITE_SPOT : '#c9ced8',
            strokeWidth: stage.whiteSpot ? 1.5 : 1,
            ...(stage.whiteSpot ? { dash: [5, 3] as const } : {}),
          },
          ...column.items,
        ],
      });
    });
    top += height + ROW_GAP;
  }
  items.push({
    kind: 'text',
    x: LEFT,
    y: top + 10,
    text: text.pathScore(text.number(path.score, 1)),
    size: 12,
    bold: true,
    fill: INK,
  });
  return {
    width: LEFT * 2 + perRow * (LANE + GAP) - GAP,
    height: top + 24,
    title: journey.name,
    items,
  };
}

/** One lane's text, top down, and the height it takes. */
function laneColumn(
  stage: InfluencePath['stages'][number],
  nameOf: (actorId: number) => string,
  text: FigureText,
): { stage: InfluencePath['stages'][number]; items: SceneItem[]; height: number } {
  const column: SceneItem[] = [];
  let y = 20;
  const line = (
    content: string,
    options: { bold?: boolean; fill?: string; size?: number } = {},
  ) => {
    for (const part of wrapText(content, 30, 3)) {
      column.push({
        kind: 'text',
        x: 8,
        y,
        text: part,
        size: options.size ?? 12,
        bold: options.bold ?? false,
        fill: options.fill ?? INK,
      });
      y += LINE;
    }
  };
  line(`${stage.isMomentOfTruth ? '★ ' : ''}${stage.stage}`, { bold: true, size: 13 });
  if (stage.isMomentOfTruth) line(text.momentOfTruth, { fill: MUTED_INK, size: 11 });
  y += 6;
  if (stage.voice) {
    line(text.voice, { fill: MUTED_INK, size: 11 });
    line(nameOf(stage.voice.actorId), { bold: true, fill: PATH_BLUE });
    line(
      `${text.legitimacy} ${text.percent(stage.voice.legitimacy)} · ${text.number(stage.score, 1)}`,
      {
        size: 11,
        fill: MUTED_INK,
      },
    );
    if (stage.continued) line(`━ ${text.continued}`, { size: 11, fill: PATH_BLUE });
  } else {
    line(text.whiteSpot, { bold: true, fill: WHITE_SPOT });
  }
  if (stage.alternatives.length > 0) {
    y += 4;
    line(text.alternatives, { fill: MUTED_INK, size: 11 });
    for (const alt of stage.alternatives)
      line(`${shorten(nameOf(alt.actorId), 24)} (${text.percent(alt.legitimacy)})`, { size: 11 });
  }
  if (stage.exposure.length > 0) {
    y += 4;
    line(text.exposure(stage.exposure.length), { bold: true, fill: WHITE_SPOT, size: 11 });
    for (const e of stage.exposure.slice(0, 4))
      line(shorten(nameOf(e.actorId), 28), { size: 11, fill: WHITE_SPOT });
    if (stage.exposure.length > 4) line(`+${stage.exposure.length - 4}`, { size: 11 });
  }
  return { stage, items: column, height: y };
}
