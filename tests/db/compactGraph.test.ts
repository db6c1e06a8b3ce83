import { describe, expect, it } from 'vitest';
import { CompactGraphSchema } from '../../shared/domain/schemas';
import { unpackGraph } from '../../shared/graph/compactGraph';
import { call, makeService } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('graph:get sends the snapshot as columns', () => {
  it('unpacks to exactly the actors actor:list gives and the relations relation:get gives', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:open-demo', {});
    const compact = await call(service, 'graph:get', {});
    const graph = unpackGraph(compact);

    expect(graph.actors).toEqual(await call(service, 'actor:list', {}));
    expect(graph.actors.some((a) => a.tags.length > 0)).toBe(true);
    expect(graph.actors.some((a) => a.communityIds.length > 0)).toBe(true);
    expect(graph.relations.length).toBeGreaterThan(50);
    for (const link of graph.relations) {
      const {
        evidence: _evidence,
        observedOn: _observedOn,
        ...full
      } = await call(service, 'relation:get', { id: link.id });
      expect(link).toEqual(full);
    }
    // Relation types are written once each, not once per relation.
    expect(compact.relations.types.length).toBe(new Set(compact.relations.types).size);
    expect(compact.relations.types.length).toBeLessThan(compact.relations.id.length / 5);

    // The point of the form: far fewer bytes than one object per element.
    const perObject = JSON.stringify({ actors: graph.actors, relations: graph.relations });
    const columns = JSON.stringify({ actors: compact.actors, relations: compact.relations });
    expect(columns.length).toBeLessThan(perObject.length * 0.7);
    service.close();
  });

  it('refuses columns of different lengths or a type index out of the list', () => {
    const empty = {
      id: [],
      sourceId: [],
      targetId: [],
      type: [],
      types: [],
      directed: [],
      weight: [],
    };
    const actors = {
      id: [1],
      key: ['a'],
      name: ['A'],
      kind: ['journalist'],
      role: [null],
      stance: [0],
      offlineStance: [null],
      reach: [null],
      resonance: [null],
      tags: [[]],
      communityIds: [[]],
    };
    const ok = { actors, relations: empty, communities: [], topics: [] };
    expect(CompactGraphSchema.safeParse(ok).success).toBe(true);
    expect(CompactGraphSchema.safeParse({ ...ok, actors: { ...actors, name: [] } }).success).toBe(
      false,
    );
    expect(
      CompactGraphSchema.safeParse({
        ...ok,
        relations: {
          ...empty,
          id: [1],
          sourceId: [1],
          targetId: [1],
          type: [0],
          directed: [true],
          weight: [1],
        },
      }).success,
    ).toBe(false);
  });
});
