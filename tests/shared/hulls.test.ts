import { describe, expect, it } from 'vitest';
import { polygonContains } from 'd3';
import type { CommunityId, GraphSnapshot } from '../../shared/domain/schemas';
import { communityHulls, HULL_PALETTE, hullPath, showsHulls } from '../../shared/graph/hulls';
import { legendModel } from '../../shared/graph/legend';

type Graph = Pick<GraphSnapshot, 'actors' | 'communities'>;
const actor = (id: number, communityIds: number[]) =>
  ({ id, communityIds: communityIds as CommunityId[] }) as unknown as Graph['actors'][number];
const community = (id: number, name: string, color: string | null = null) =>
  ({
    id,
    name,
    color,
    origin: 'manual',
    topicId: null,
    memberCount: 0,
  }) as Graph['communities'][number];

const positions = new Map([
  [1, { x: 0, y: 0 }],
  [2, { x: 100, y: 0 }],
  [3, { x: 50, y: 80 }],
  [4, { x: 400, y: 400 }],
  [5, { x: 200, y: 40 }],
]);
const graph: Graph = {
  actors: [actor(1, [10]), actor(2, [10]), actor(3, [10, 20]), actor(4, [20]), actor(5, [])],
  communities: [
    community(10, 'Riverside'),
    community(20, 'Bridge club', '#123456'),
    community(30, 'Empty'),
  ],
};
const asPair = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

describe('community hulls', () => {
  const hulls = communityHulls(graph, (id) => positions.get(id), { radius: () => 10, padding: 5 });

  it('draws one padded outline per community that has placed members, containing them all', () => {
    expect(hulls.map((h) => h.name)).toEqual(['Riverside', 'Bridge club']);
    const [riverside, bridge] = hulls;
    const inside = (hull: typeof riverside, id: number) =>
      polygonContains(
        (hull?.outline ?? []).map(asPair),
        asPair(positions.get(id) ?? { x: NaN, y: NaN }),
      );
    expect([1, 2, 3].map((id) => inside(riverside, id))).toEqual([true, true, true]);
    expect(inside(riverside, 4)).toBe(false);
    expect(inside(riverside, 5)).toBe(false);
    // The bridge actor is inside both outlines: overlapping hulls show who links them.
    expect([3, 4].map((id) => inside(bridge, id))).toEqual([true, true]);
    // Padded by radius + padding (15) around the extreme members.
    const xs = riverside?.outline.map((p) => p.x) ?? [];
    expect(Math.min(...xs)).toBeCloseTo(-15, 5);
    expect(Math.max(...xs)).toBeCloseTo(115, 5);
    expect(riverside?.labelAt.y).toBeLessThan(-15);
    expect(riverside?.members).toBe(3);
  });

  it("uses the community's colour, else a colour-blind-safe palette by position", () => {
    expect(hulls[0]?.color).toBe(HULL_PALETTE[0]);
    expect(hulls[1]?.color).toBe('#123456');
  });

  it('leaves out actors that are not drawn (filtered) and communities left empty', () => {
    const some = communityHulls(graph, (id) => (id === 4 ? positions.get(id) : undefined), {
      radius: () => 10,
    });
    expect(some.map((h) => [h.name, h.members])).toEqual([['Bridge club', 1]]);
  });

  it('outlines communities only on layouts that keep members together, unless turned off', () => {
    expect(showsHulls('force', {})).toBe(true);
    expect(showsHulls('communities', { hulls: true })).toBe(true);
    expect(showsHulls('force', { hulls: false })).toBe(false);
    expect(
      ['concentric', 'power-interest', 'lanes'].map((l) => showsHulls(l as 'lanes', {})),
    ).toEqual([false, false, false]);
  });

  it('turns an outline into a closed smooth SVG path', () => {
    const d = hullPath(hulls[0]?.outline ?? []);
    expect(d).toMatch(/^M[-\d.]+,[-\d.]+ Q/);
    expect(d.match(/Q/g)).toHaveLength(hulls[0]?.outline.length ?? -1);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('names the drawn communities in the legend, then a count, and the collapsed glyph', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `C${i}`, color: '#000000' }));
    const section = legendModel('fr', 'reach', { hulls: many, collapsed: true }).at(-1);
    expect(section?.title).toBe('Communautés');
    expect(section?.items.map((i) => i.label)).toEqual([
      ...many.slice(0, 8).map((h) => h.name),
      '+3 autres',
      'communauté repliée (taille : membres)',
    ]);
    expect(legendModel('en', 'reach', { hulls: [], collapsed: false })).toHaveLength(4);
  });
});
