import type { CommunityRiskById } from '../analytics/analyseMap';
import { termsOf, type riskTerms } from '../analytics/riskHotspots';
import { stanceColor } from '../graph/encoding';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, shorten, textWidth, type Scene, type SceneItem } from './scene';

/** One community as the risk chart shows it (names resolved). */
export type RiskRow = {
  name: string;
  risk: number;
  size: number;
  meanStance: number;
  isDetractorCluster: boolean;
  terms: ReturnType<typeof riskTerms>;
  bridges: readonly string[];
  responders: readonly string[];
};

/** A ranked community as the chart shows it, its actors named by `nameOf`. */
export function riskRow(
  risk: CommunityRiskById,
  stanceOf: (actorId: number) => number,
  nameOf: (actorId: number) => string,
): RiskRow {
  return {
    name: risk.name,
    risk: risk.risk,
    size: risk.size,
    meanStance: risk.meanStance,
    isDetractorCluster: risk.isDetractorCluster,
    terms: termsOf(risk, risk.memberIds.map(stanceOf)),
    bridges: risk.bridges.map((b) => nameOf(b.actorId)),
    responders: risk.responders.map((b) => nameOf(b.actorId)),
  };
}

const WIDTH = 980;
const LEFT = 24;
const NAME_WIDTH = 260;
const BAR_WIDTH = 300;
const ROW = 74;
const RED = '#b2182b';

const names = (list: readonly string[], none: string) =>
  list.length === 0
    ? none
    : shorten(
        list
          .slice(0, 5)
          .map((n) => shorten(n, 24))
          .join(', '),
        90,
      );

/**
 * The risk hotspots (shared/analytics/riskHotspots.ts) as a chart: one row per community,
 * riskiest first, detractor clusters marked — its risk as a bar on a 0–100 scale coloured by mean
 * stance, the formula's factors underneath, and the bridges that carry it outward and the allies
 * who can answer. What the Crisis view exports and the report prints.
 */
export function riskScene(
  title: string,
  rows: readonly RiskRow[],
  text: FigureText,
  subtitle?: string,
): Scene {
  const items: SceneItem[] = [
    { kind: 'text', x: LEFT, y: 28, text: title, size: 18, bold: true, fill: INK },
  ];
  if (subtitle)
    items.push({ kind: 'text', x: LEFT, y: 46, text: subtitle, size: 12, fill: MUTED_INK });
  const top = 70;
  if (rows.length === 0)
    items.push({ kind: 'text', x: LEFT, y: top + 20, text: text.noRisk, size: 12, fill: INK });
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const barX = LEFT + NAME_WIDTH;
    const length = (Math.max(0, Math.min(100, row.risk)) / 100) * BAR_WIDTH;
    const t = row.terms;
    const parts = text.riskParts;
    const factors = [
      `${parts.negativity} ${text.number(t.negativity, 2)}`,
      `${parts.reach} ${text.number(t.reach, 2)}`,
      `${parts.size} ${text.number(t.size, 2)}`,
      `${parts.cohesion} ${text.number(t.cohesion, 2)}`,
      `${parts.outward} ${text.number(t.outward, 2)}`,
      `${parts.journey} ${text.number(t.journey, 2)}`,
    ].join(' · ');
    const label = `${text.risk} ${text.number(row.risk, 1)}`;
    items.push({
      kind: 'group',
      name: `risk-${i}`,
      dx: 0,
      dy: y,
      items: [
        {
          kind: 'text',
          x: LEFT,
          y: 14,
          text: shorten(row.name, 34),
          size: 13,
          bold: true,
          fill: row.isDetractorCluster ? RED : INK,
        },
        {
          kind: 'text',
          x: LEFT,
          y: 30,
          text: `${text.members(row.size)}${row.isDetractorCluster ? ` · ${text.detractorCluster}` : ''}`,
          size: 10,
          fill: MUTED_INK,
        },
        { kind: 'rect', x: barX, y: 2, width: BAR_WIDTH, height: 16, fill: '#f0f1f4' },
        {
          kind: 'rect',
          x: barX,
          y: 2,
          width: length,
          height: 16,
          fill: stanceColor(row.meanStance),
        },
        {
          kind: 'text',
          x: barX + BAR_WIDTH + 8,
          y: 15,
          text: label,
          size: 12,
          bold: true,
          fill: INK,
        },
        { kind: 'text', x: barX, y: 33, text: factors, size: 9, fill: MUTED_INK },
        {
          kind: 'text',
          x: LEFT,
          y: 50,
          text: `${text.bridges}: ${names(row.bridges, text.none)}`,
          size: 10,
          fill: INK,
        },
        {
          kind: 'text',
          x: LEFT,
          y: 64,
          text: `${text.responders}: ${names(row.responders, text.none)}`,
          size: 10,
          fill: '#2166ac',
        },
      ],
    });
  });
  const widest = Math.max(
    WIDTH,
    LEFT + NAME_WIDTH + BAR_WIDTH + 8 + textWidth(`${text.risk} 100.0`, 12, true) + LEFT,
  );
  return {
    width: widest,
    height: top + Math.max(1, rows.length) * ROW + 10,
    title,
    items,
  };
}
