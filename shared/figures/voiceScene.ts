import type { TopicVoice } from '../analytics/shareOfVoice';
import type { Locale } from '../domain/vocabulary';
import { intlLocale } from '../i18n/intlLocale';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, type Scene, type SceneItem } from './scene';

/** The Monday an ISO week (`2026-W09`) starts on, as a UTC date. */
export function weekStart(week: string): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return new Date(Number.NaN);
  const year = Number(match[1]);
  const n = Number(match[2]);
  // Week 1 is the week with the year's first Thursday; 4 January is always in it.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (n - 1) * 7);
  return monday;
}

/** A date as a reader of `locale` writes it, short: `9 Mar 2026`, `9 mars 2026`. */
export function shortDate(date: Date, locale: Locale): string {
  if (Number.isNaN(date.getTime())) return '?';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const WIDTH = 900;
const HEIGHT = 300;
const LEFT = 60;
const RIGHT = 60;
const TOP = 60;
const PLOT = HEIGHT - TOP - 60;
const BAR = '#67a9cf';
const LINE = '#b2182b';

/**
 * Mentions of one topic over time: a bar per ISO week (left axis: mentions), the mean
 * sentiment as a line (right axis: −1 to 1), weeks labelled by the date they start on.
 */
export function voiceScene(
  title: string,
  voice: TopicVoice,
  text: FigureText,
  locale: Locale,
  subtitle?: string,
): Scene {
  const items: SceneItem[] = [
    { kind: 'text', x: 24, y: 28, text: title, size: 16, bold: true, fill: INK },
  ];
  if (subtitle)
    items.push({ kind: 'text', x: 24, y: 46, text: subtitle, size: 11, fill: MUTED_INK });
  const weeks = voice.timeline;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const step = plotWidth / Math.max(1, weeks.length);
  const highest = Math.max(1, ...weeks.map((w) => w.mentions));
  const yOf = (mentions: number) => TOP + PLOT - (mentions / highest) * PLOT;
  const ySentiment = (s: number) => TOP + PLOT / 2 - (s * PLOT) / 2;
  const axis = { stroke: '#8a93a6', strokeWidth: 1 };
  items.push(
    { kind: 'line', x1: LEFT, y1: TOP + PLOT, x2: LEFT + plotWidth, y2: TOP + PLOT, ...axis },
    { kind: 'line', x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + PLOT, ...axis },
    {
      kind: 'line',
      x1: LEFT + plotWidth,
      y1: TOP,
      x2: LEFT + plotWidth,
      y2: TOP + PLOT,
      ...axis,
    },
    {
      kind: 'line',
      x1: LEFT,
      y1: ySentiment(0),
      x2: LEFT + plotWidth,
      y2: ySentiment(0),
      stroke: '#c9ced8',
      strokeWidth: 1,
      dash: [3, 3],
    },
    {
      kind: 'text',
      x: LEFT - 6,
      y: TOP + 4,
      text: String(highest),
      size: 9,
      anchor: 'end',
      fill: MUTED_INK,
    },
    {
      kind: 'text',
      x: LEFT - 6,
      y: TOP + PLOT,
      text: '0',
      size: 9,
      anchor: 'end',
      fill: MUTED_INK,
    },
    { kind: 'text', x: LEFT + plotWidth + 6, y: TOP + 4, text: '+1', size: 9, fill: LINE },
    { kind: 'text', x: LEFT + plotWidth + 6, y: ySentiment(0) + 3, text: '0', size: 9, fill: LINE },
    { kind: 'text', x: LEFT + plotWidth + 6, y: TOP + PLOT, text: '−1', size: 9, fill: LINE },
    { kind: 'text', x: LEFT, y: TOP - 10, text: text.mentions, size: 10, fill: MUTED_INK },
    {
      kind: 'text',
      x: LEFT + plotWidth,
      y: TOP - 10,
      text: text.sentiment,
      size: 10,
      anchor: 'end',
      fill: LINE,
    },
  );
  // Dated labels: as many as fit, evenly spread, always the first and the last week.
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((w, i) => {
    const x = LEFT + i * step;
    items.push({
      kind: 'rect',
      x: x + step * 0.15,
      y: yOf(w.mentions),
      width: step * 0.7,
      height: TOP + PLOT - yOf(w.mentions),
      fill: BAR,
    });
    if (i % labelEvery === 0 || i === weeks.length - 1)
      items.push({
        kind: 'text',
        x: x + step / 2,
        y: TOP + PLOT + 16,
        text: shortDate(weekStart(w.week), locale),
        size: 9,
        anchor: 'middle',
        fill: INK,
      });
  });
  const points = weeks.flatMap((w, i) =>
    w.sentiment === null ? [] : [[LEFT + i * step + step / 2, ySentiment(w.sentiment)] as const],
  );
  if (points.length > 1)
    items.push({
      kind: 'path',
      d: points
        .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`)
        .join(' '),
      fill: 'none',
      stroke: LINE,
      strokeWidth: 2,
    });
  for (const [x, y] of points) items.push({ kind: 'circle', cx: x, cy: y, r: 3, fill: LINE });
  return { width: WIDTH, height: HEIGHT, title, items };
}
