import type { InfluencePath } from '../journey/influencePath';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, shorten, wrapText, type Scene, type SceneItem } from './scene';

const LANE = 190;
const GAP = 10;
const LEFT = 24;
const TOP = 64;
const LINE = 15;
const WHITE_SPOT = '#b2182b';
const PATH_BLUE = '#2166ac';

const pct = (x: number) => `${Math.round(x * 100)} %`;

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
  let tallest = 0;
  path.stages.forEach((stage, i) => {
    const x = LEFT + i * (LANE + GAP);
    const column: SceneItem[] = [];
    let y = 20;
    const line = (content: string, options: { bold?: boolean; fill?: string; size?: number } = {}) => {
      for (const part of wrapText(content, 28, 3)) {
        column.push({
          kind: 'text',
          x: 8,
          y,
          text: part,
          size: options.size ?? 11,
          bold: options.bold ?? false,
          fill: options.fill ?? INK,
        });
        y += LINE;
      }
    };
    line(`${stage.isMomentOfTruth ? '★ ' : ''}${stage.stage}`, { bold: true, size: 12 });
    if (stage.isMomentOfTruth) line(text.momentOfTruth, { fill: MUTED_INK, size: 10 });
    y += 6;
    if (stage.voice) {
      line(text.voice, { fill: MUTED_INK, size: 10 });
      line(nameOf(stage.voice.actorId), { bold: true, fill: PATH_BLUE });
      line(`${text.legitimacy} ${pct(stage.voice.legitimacy)} · ${stage.score.toFixed(1)}`, {
        size: 10,
        fill: MUTED_INK,
      });
      if (stage.continued) line(`━ ${text.continued}`, { size: 10, fill: PATH_BLUE });
    } else {
      line(text.whiteSpot, { bold: true, fill: WHITE_SPOT });
    }
    if (stage.alternatives.length > 0) {
      y += 4;
      line(text.alternatives, { fill: MUTED_INK, size: 10 });
      for (const alt of stage.alternatives)
        line(`${shorten(nameOf(alt.actorId), 22)} (${pct(alt.legitimacy)})`, { size: 10 });
    }
    if (stage.exposure.length > 0) {
      y += 4;
      line(text.exposure(stage.exposure.length), { bold: true, fill: WHITE_SPOT, size: 10 });
      for (const e of stage.exposure.slice(0, 4))
        line(shorten(nameOf(e.actorId), 26), { size: 10, fill: WHITE_SPOT });
      if (stage.exposure.length > 4) line(`+${stage.exposure.length - 4}`, { size: 10 });
    }
    tallest = Math.max(tallest, y);
    items.push({
      kind: 'group',
      name: `stage-${stage.stageId}`,
      dx: x,
      dy: TOP,
      items: [
        {
          kind: 'rect',
          x: 0,
          y: 0,
          width: LANE,
          height: 0,
          radius: 6,
          fill: stage.whiteSpot ? '#fdecea' : stage.isMomentOfTruth ? '#eef3fa' : '#f5f6f8',
          stroke: stage.whiteSpot ? WHITE_SPOT : '#c9ced8',
          strokeWidth: stage.whiteSpot ? 1.5 : 1,
          ...(stage.whiteSpot ? { dash: [5, 3] as const } : {}),
        },
        ...column,
      ],
    });
  });
  // Every lane as tall as the tallest, so the row reads as one table.
  const height = tallest + 8;
  for (const item of items)
    if (item.kind === 'group' && item.items[0]?.kind === 'rect') item.items[0].height = height;
  items.push({
    kind: 'text',
    x: LEFT,
    y: TOP + height + 22,
    text: text.pathScore(path.score.toFixed(1)),
    size: 11,
    bold: true,
    fill: INK,
  });
  return {
    width: LEFT * 2 + Math.max(1, path.stages.length) * (LANE + GAP) - GAP,
    height: TOP + height + 36,
    title: journey.name,
    items,
  };
}
