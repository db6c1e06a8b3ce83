import { describe, expect, it } from 'vitest';
import {
  communityLayout,
  concentricLayout,
  forceLayout,
  lanesLayout,
  powerInterestLayout,
  type LayoutEdge,
  type LayoutNode,
  type Positions,
} from '../../shared/graph/layouts';
import { seededRandom } from '../../shared/util/random';

/** Two dense groups of 30 joined by a single tie: a force layout must pull each group together. */
function twoGroups(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const random = seededRandom(3);
  const nodes = Array.from({ length: 60 }, (_, i) => ({
    id: i + 1,
    reach: Math.floor(random() * 100_000),
    stance: (i % 5) - 2,
    communityIds: [i < 30 ? 1 : 2],
  }));
  const edges: LayoutEdge[] = [];
  for (let i = 1; i <= 60; i += 1) {
    for (let k = 0; k < 6; k += 1) {
      const base = i <= 30 ? 1 : 31;
      edges.push({ source: i, target: base + Math.floor(random() * 30), weight: 1 });
    }
  }
  edges.push({ source: 1, target: 31, weight: 1 });
  return { nodes, edges };
}

/** The point of `id`, or a failure naming it (never a silent undefined). */
function at(positions: Positions, id: number): { x: number; y: number } {
  const point = positions.get(id);
  if (!point) throw new Error(`no position for ${id}`);
  return point;
}

/** The element `i` of a list, or a failure. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no element ${i}`);
  return item;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);
const meanDistance = (positions: Positions, pairs: Array<[number, number]>) =>
  pairs.reduce(
    (sum, [a, b]) =>
      sum +
      distance(
        positions.get(a) as { x: number; y: number },
        positions.get(b) as { x: number; y: number },
      ),
    0,
  ) / pairs.length;

function minGap(positions: Positions): number {
  const points = [...positions.values()];
  let gap = Infinity;
  for (let i = 0; i < points.length; i += 1)
    for (let j = i + 1; j < points.length; j += 1)
      gap = Math.min(gap, distance(nth(points, i), nth(points, j)));
  return gap;
}

describe('layouts', () => {
  const { nodes, edges } = twoGroups();

  it('force layout pulls each community together, apart from the other, deterministically', () => {
    const positions = forceLayout(nodes, edges, { iterations: 200, seed: 7 });
    const within: Array<[number, number]> = [];
    const across: Array<[number, number]> = [];
    for (let a = 1; a <= 60; a += 1)
      for (let b = a + 1; b <= 60; b += 1) (a <= 30 === b <= 30 ? within : across).push([a, b]);
    expect(meanDistance(positions, within) * 1.5).toBeLessThan(meanDistance(positions, across));
    expect(forceLayout(nodes, edges, { iterations: 200, seed: 7 })).toEqual(positions);
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
  });

  it('force layout stops when progress says cancel', () => {
    const calls: number[] = [];
    forceLayout(nodes, edges, {
      iterations: 100,
      onProgress: (done) => (calls.push(done), done < 30),
    });
    expect(calls).toEqual([10, 20, 30]);
  });

  it('concentric layout puts the widest audience at the centre and rings outward by reach', () => {
    const positions = concentricLayout(nodes);
    const radius = (id: number) => distance(at(positions, id), { x: 0, y: 0 });
    const byReach = [...nodes].sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0));
    expect(radius(nth(byReach, 0).id)).toBe(0);
    expect(radius(nth(byReach, 1).id)).toBeLessThanOrEqual(radius(nth(byReach, 59).id));
    expect(minGap(positions)).toBeGreaterThan(20);
  });

  it('community layout keeps each community in its own disc, without overlaps', () => {
    const positions = communityLayout(nodes);
    const centre = (from: number) => {
      const points = nodes
        .filter((n) => n.communityIds[0] === from)
        .map((n) => at(positions, n.id));
      return {
        x: points.reduce((s, p) => s + p.x, 0) / points.length,
        y: points.reduce((s, p) => s + p.y, 0) / points.length,
      };
    };
    const [c1, c2] = [centre(1), centre(2)];
    for (const node of nodes) {
      const own = node.communityIds[0] === 1 ? c1 : c2;
      const other = node.communityIds[0] === 1 ? c2 : c1;
      expect(distance(at(positions, node.id), own)).toBeLessThan(
        distance(at(positions, node.id), other),
      );
    }
    expect(minGap(positions)).toBeGreaterThan(20);
  });

  it('power–interest puts detractors left, ambassadors right, and wider audiences higher', () => {
    const positions = powerInterestLayout(nodes);
    const detractor = nth(
      nodes.filter((n) => n.stance === -2),
      0,
    );
    const ambassador = nth(
      nodes.filter((n) => n.stance === 2),
      0,
    );
    expect(at(positions, detractor.id).x).toBeLessThan(at(positions, ambassador.id).x);
    const sameStance = nodes
      .filter((n) => n.stance === 0)
      .sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0));
    expect(at(positions, nth(sameStance, 0).id).y).toBeLessThan(
      at(positions, nth(sameStance, -1).id).y,
    );
  });

  it('journey lanes put each actor in its most legitimate stage, best first, and the unplaced apart', () => {
    const lanes = [
      {
        placements: [
          { actorId: 1, legitimacy: 0.5 },
          { actorId: 2, legitimacy: 0.9 },
        ],
      },
      {
        placements: [
          { actorId: 1, legitimacy: 0.8 },
          { actorId: 3, legitimacy: 0.4 },
        ],
      },
    ];
    const positions = lanesLayout(nodes, lanes);
    expect(at(positions, 2).x).toBeLessThan(at(positions, 1).x);
    expect(at(positions, 1).x).toBe(at(positions, 3).x);
    expect(at(positions, 1).y).toBeLessThan(at(positions, 3).y);
    expect(at(positions, 4).x).toBeGreaterThan(at(positions, 1).x);
    expect(positions.size).toBe(nodes.length);
  });
});
