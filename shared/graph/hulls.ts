import type { GraphSnapshot, ViewEncoding, ViewLayout } from '../domain/schemas';
import type { Point } from './layouts';

/**
 * Communities drawn as hulls: a soft outline around the members of each community, under the
 * actors. A hull rather than a compound node because an actor may belong to several communities
 * (a bridge), and a compound node can only have one parent; overlapping hulls show the bridge.
 */
export type Hull = {
  communityId: number;
  name: string;
  color: string;
  /** Outline (clockwise or not), already padded around the members. */
  outline: Point[];
  /** Where the community's name goes: above the hull's top. */
  labelAt: Point;
  members: number;
};

/**
 * Whether a view outlines its communities: when the encoding allows it (the default) and the
 * layout places members near each other. On rings, lanes or the power–interest chart a
 * community is spread over the whole picture and its hull would only cover the others.
 */
export function showsHulls(layout: ViewLayout | undefined, encoding: ViewEncoding): boolean {
  return (
    (encoding.hulls ?? true) &&
    (layout === undefined || layout === 'force' || layout === 'communities')
  );
}

/**
 * Colour-blind-safe categorical colours (Okabe–Ito, without the blues and orange the stance
 * scale uses) for communities that have none of their own.
 */
export const HULL_PALETTE = ['#009e73', '#cc79a7', '#e6b800', '#7f5fb0', '#8c6d31', '#3a9a9a'];

/** A community's colour: its own, else the palette's by its position in the map's list. */
export const communityColor = (community: { color: string | null }, index: number): string =>
  community.color ?? (HULL_PALETTE[index % HULL_PALETTE.length] as string);

/** Points around each member, so the hull of them is padded and rounded. */
const RING = Array.from({ length: 8 }, (_, i) => [
  Math.cos((i * Math.PI) / 4),
  Math.sin((i * Math.PI) / 4),
]);

/**
 * One hull per community with at least one placed member (`positionOf` says where, or
 * undefined for an actor not drawn), in the order of `graph.communities`. `radius(id)` is the half-size of the actor's node; `padding`
 * the space kept around it.
 */
export function communityHulls(
  graph: Pick<GraphSnapshot, 'actors' | 'communities'>,
  positionOf: (actorId: number) => Point | undefined,
  options: { radius: (actorId: number) => number; padding?: number },
): Hull[] {
  const padding = options.padding ?? 14;
  const pointsOf = new Map<number, Point[]>();
  const countOf = new Map<number, number>();
  for (const actor of graph.actors) {
    if (actor.communityIds.length === 0) continue;
    const p = positionOf(actor.id);
    if (!p) continue;
    const r = options.radius(actor.id) + padding;
    for (const community of actor.communityIds) {
      let points = pointsOf.get(community);
      if (!points) pointsOf.set(community, (points = []));
      for (const [cx, cy] of RING) points.push({ x: p.x + (cx ?? 0) * r, y: p.y + (cy ?? 0) * r });
      countOf.set(community, (countOf.get(community) ?? 0) + 1);
    }
  }
  const hulls: Hull[] = [];
  graph.communities.forEach((community, index) => {
    const points = pointsOf.get(community.id);
    const outline = points ? convexHull(points) : null;
    if (!outline) return;
    let top = outline[0] as Point;
    for (const p of outline) if (p.y < top.y) top = p;
    hulls.push({
      communityId: community.id,
      name: community.name,
      color: communityColor(community, index),
      outline,
      labelAt: { x: top.x, y: top.y - 6 },
      members: countOf.get(community.id) ?? 0,
    });
  });
  return hulls;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in screen terms; null under 3 points. */
export function convexHull(points: readonly Point[]): Point[] | null {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return null;
  const cross = (o: Point, a: Point, b: Point) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const chain: Point[] = [];
    for (const p of list) {
      while (
        chain.length >= 2 &&
        cross(chain[chain.length - 2] as Point, chain[chain.length - 1] as Point, p) <= 0
      )
        chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  const hull = [...half(sorted), ...half([...sorted].reverse())];
  return hull.length >= 3 ? hull : null;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The outline as a smooth closed SVG path: quadratic curves through the midpoints of its sides,
 * each bending towards a corner (the same in the app's backdrop and in exports).
 */
export function hullPath(outline: readonly Point[], transform?: (p: Point) => Point): string {
  const points = transform ? outline.map(transform) : outline;
  if (points.length < 3) return '';
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const at = (i: number) => points[i % points.length] as Point;
  const start = mid(at(0), at(1));
  const parts = [`M${fmt(start.x)},${fmt(start.y)}`];
  for (let i = 1; i <= points.length; i += 1) {
    const corner = at(i);
    const next = mid(corner, at(i + 1));
    parts.push(`Q${fmt(corner.x)},${fmt(corner.y)} ${fmt(next.x)},${fmt(next.y)}`);
  }
  return `${parts.join(' ')}Z`;
}

/** The communities a legend names: those outlined (with members, not collapsed), coloured alike. */
export function hullLegend(
  communities: ReadonlyArray<{
    id: number;
    name: string;
    color: string | null;
    memberCount: number;
  }>,
  collapsed: ReadonlySet<number>,
): Array<{ name: string; color: string }> {
  return communities.flatMap((c, index) =>
    c.memberCount > 0 && !collapsed.has(c.id)
      ? [{ name: c.name, color: communityColor(c, index) }]
      : [],
  );
}
