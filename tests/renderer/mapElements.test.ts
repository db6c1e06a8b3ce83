import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ActorId, GraphSnapshot, RelationId } from '../../shared/domain/schemas';
import { nodeSize, stanceColor, STANCE_COLORS } from '../../shared/graph/encoding';
import {
  addEdgesProgressively,
  syncElements,
  type Frames,
} from '../../renderer/features/influence-map/syncElements';
import { actorIdOf, nodeIdOf, toElements } from '../../renderer/features/influence-map/toElements';

const actor = (id: number, name: string, stance = 0, reach: number | null = 100) => ({
  id: id as ActorId,
  key: `k${id}`,
  name,
  kind: 'influencer' as const,
  role: null,
  stance,
  offlineStance: null,
  reach,
  resonance: null,
  tags: [],
  communityIds: [],
});

const graph = (
  actors: ReturnType<typeof actor>[],
  relations: Array<[number, number, number]>,
): GraphSnapshot => ({
  actors,
  relations: relations.map(([id, source, target]) => ({
    id: id as RelationId,
    sourceId: source as ActorId,
    targetId: target as ActorId,
    type: 'follows',
    directed: true,
    weight: 1,
    evidence: null,
    observedOn: null,
  })),
  communities: [],
  topics: [],
});

describe('map encoding', () => {
  it('colours stance on a diverging scale, detractor to ambassador, and clamps', () => {
    expect(stanceColor(-2)).toBe(STANCE_COLORS[-2]);
    expect(stanceColor(2)).toBe(STANCE_COLORS[2]);
    expect(stanceColor(7)).toBe(STANCE_COLORS[2]);
    expect(new Set(Object.values(STANCE_COLORS)).size).toBe(5);
  });

  it('grows nodes with reach on a log scale', () => {
    expect(nodeSize(null)).toBe(nodeSize(0));
    expect(nodeSize(1_000)).toBeGreaterThan(nodeSize(10));
    expect(nodeSize(10_000_000) / nodeSize(1_000)).toBeLessThan(3);
  });
});

/** Animation frames under Node: a timer each. */
const timerFrames: Frames = {
  request: (step) => Number(setTimeout(step, 1)),
  cancel: (handle) => clearTimeout(handle),
};

/** A chain of `n` actors synced with its relations deferred (as on a big map). */
function deferredChain(n: number) {
  const cy = cytoscape({ headless: true });
  const actors = Array.from({ length: n }, (_, i) => actor(i + 1, `A${i + 1}`));
  const links = Array.from({ length: n - 1 }, (_, i): [number, number, number] => [
    100 + i,
    i + 1,
    i + 2,
  ]);
  const { pendingEdges } = syncElements(cy, toElements(graph(actors, links)), {
    deferNewEdges: true,
  });
  return { cy, pendingEdges };
}

describe('toElements and syncElements on a headless cytoscape', () => {
  it('draws every actor and relation, names kept as text', () => {
    const cy = cytoscape({ headless: true });
    const snapshot = graph(
      [actor(1, '<img src=x onerror=alert(1)>', -2), actor(2, 'Bo', 2)],
      [[10, 1, 2]],
    );
    syncElements(cy, toElements(snapshot));
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);
    expect(cy.getElementById(nodeIdOf(1)).data('label')).toBe('<img src=x onerror=alert(1)>');
    expect(cy.getElementById(nodeIdOf(1)).data('color')).toBe(STANCE_COLORS[-2]);
    expect(cy.getElementById('r10').data('source')).toBe('a1');
    expect(actorIdOf('a12')).toBe(12);
    expect(actorIdOf('r12')).toBeNull();
  });

  it('shows a bidirectional override in a name as a marker, and drops control characters', () => {
    const cy = cytoscape({ headless: true });
    const snapshot = graph(
      [
        actor(1, 'Admin\u202Egnp.exe'),
        actor(2, '\u2067Isolate\u2069 \u200Fmark'),
        actor(3, 'Bell\u0007 \u001B]0;title\u0007name'),
        actor(4, 'مريم النجار'),
      ],
      [],
    );
    syncElements(cy, toElements(snapshot));
    const label = (id: number) => String(cy.getElementById(nodeIdOf(id)).data('label'));
    expect(label(1)).toBe('Admin[U+202E]gnp.exe');
    expect(label(2)).toBe('[U+2067]Isolate[U+2069] [U+200F]mark');
    expect(label(3)).toBe('Bell ]0;titlename');
    // Right-to-left script itself is text, shown as written.
    expect(label(4)).toBe('مريم النجار');
  });

  it('adds, updates and removes by id, keeping positions of nodes already drawn', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, toElements(graph([actor(1, 'A'), actor(2, 'B')], [[10, 1, 2]])));
    cy.getElementById('a1').position({ x: 123, y: 456 });

    const { added } = syncElements(
      cy,
      toElements(graph([actor(1, 'A renamed', 1), actor(3, 'C')], [])),
      { placeNew: () => ({ x: 5, y: 6 }) },
    );
    expect(added).toBe(1);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a1', 'a3']);
    expect(cy.edges().length).toBe(0);
    expect(cy.getElementById('a1').data('label')).toBe('A renamed');
    expect(cy.getElementById('a1').position()).toEqual({ x: 123, y: 456 });
    expect(cy.getElementById('a3').position()).toEqual({ x: 5, y: 6 });
  });

  it('on big maps, adds the actors at once and the relations a slice per frame', async () => {
    const { cy, pendingEdges } = deferredChain(50);
    expect(cy.nodes().length).toBe(50);
    expect(cy.edges().length).toBe(0);
    expect(pendingEdges).toHaveLength(49);
    // An actor removed meanwhile: its relations are skipped, not an error.
    cy.getElementById('a50').remove();
    const sizes: number[] = [];
    cy.on('add', 'edge', () => sizes.push(cy.edges().length));
    await new Promise<void>((done) =>
      addEdgesProgressively(cy, pendingEdges, done, 20, timerFrames),
    );
    expect(cy.edges().length).toBe(48);
    // Three frames: 20, 40, then the last 8 (one skipped).
    expect(new Set(sizes.filter((n) => n % 20 === 0 && n > 0))).toEqual(new Set([20, 40]));
  });

  it('stops adding relations when cancelled', async () => {
    const { cy, pendingEdges } = deferredChain(10);
    let done = false;
    const cancel = addEdgesProgressively(cy, pendingEdges, () => (done = true), 3, timerFrames);
    cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(cy.edges().length).toBe(0);
    expect(done).toBe(false);
  });
});
