/**
 * Where the Journey view draws the stages: evenly along an infinity loop (a lemniscate of
 * Bernoulli), so that the journey reads as a loop that never ends — advocacy feeds the next
 * trigger — rather than a funnel. Pure geometry, in a `width` × `height` box.
 */
export type LoopPoint = { x: number; y: number };

const lemniscate = (t: number, a: number): LoopPoint => {
  const s = Math.sin(t);
  const c = Math.cos(t);
  const d = 1 + s * s;
  return { x: (a * c) / d, y: (a * s * c) / d };
};

/** The loop itself, as `samples` points (closed: the last joins the first). */
export function loopOutline(width: number, height: number, samples = 240): LoopPoint[] {
  const { a, cx, cy, sy } = frame(width, height);
  return Array.from({ length: samples }, (_, i) => {
    const p = lemniscate((2 * Math.PI * i) / samples, a);
    return { x: cx + p.x, y: cy + p.y * sy };
  });
}

/**
 * The position of each of `count` stages, in journey order, evenly spaced along the loop's
 * length. The journey starts just after the crossing, up into the left lobe, round it, through
 * the crossing and round the right lobe back to the start. No stage sits on the crossing itself
 * (where two would overlap): the offset keeps every stage at least a quarter of a step from it.
 */
export function stagePositions(count: number, width: number, height: number): LoopPoint[] {
  const { outline, at } = stageLayout(count, width, height);
  return at.map((i) => outline[i] as LoopPoint);
}

/** The loop's outline (dense) and, for each stage, the index of its point on it. */
export function stageLayout(
  count: number,
  width: number,
  height: number,
): { outline: LoopPoint[]; at: number[] } {
  const outline = loopOutline(width, height, 1440);
  if (count === 0) return { outline, at: [] };
  const cumulative = [0];
  for (let i = 1; i <= outline.length; i += 1) {
    const a = outline[i - 1] as LoopPoint;
    const b = outline[i % outline.length] as LoopPoint;
    cumulative.push((cumulative[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const length = cumulative[outline.length] as number;
  const offset = count % 2 === 1 ? 0.25 : 0.5;
  // The sample at t = π/2 is the crossing, a quarter of the way round.
  const crossing = cumulative[outline.length / 4] as number;
  const at = Array.from({ length: count }, (_, k) => {
    const target = (crossing + ((k + offset) * length) / count) % length;
    let i = 0;
    while (i < outline.length - 1 && (cumulative[i + 1] as number) < target) i += 1;
    return i;
  });
  return { outline, at };
}

/** The stretch of the loop from outline index `from` forward to `to` (wrapping round). */
export function loopArc(outline: readonly LoopPoint[], from: number, to: number): LoopPoint[] {
  const points: LoopPoint[] = [];
  const n = outline.length;
  const steps = (((to - from) % n) + n) % n;
  for (let k = 0; k <= steps; k += 1) points.push(outline[(from + k) % n] as LoopPoint);
  return points;
}

function frame(width: number, height: number) {
  // The lemniscate spans x ∈ [−a, a] and y ∈ [−a/(2√2), a/(2√2)]; stretch y to fill the box.
  const margin = 70;
  const a = Math.max(10, width / 2 - margin);
  const halfHeight = a / (2 * Math.SQRT2);
  const sy = Math.max(1, (height / 2 - margin / 1.5) / halfHeight);
  return { a, cx: width / 2, cy: height / 2, sy };
}
