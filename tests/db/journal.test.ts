import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActorId, RelationId } from '../../shared/domain/schemas';
import { createMap, openMap, type MapHandle } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

function freshMap(): MapHandle {
  return createMap(join(tempDir(), 'journal.influmap'), () => undefined);
}

function rowCounts(map: MapHandle) {
  return map.db
    .prepare<[], { actors: number; relations: number; accounts: number }>(
      'SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM relations) AS relations, (SELECT count(*) FROM accounts) AS accounts',
    )
    .get();
}

describe('the change journal', () => {
  it('undoes and redoes a creation', () => {
    const map = freshMap();
    const repos = createRepositories(map.db);
    const actor = map.journal.record('actor:create', () =>
      repos.actors.create({ name: 'Undo Me', stance: -1 }),
    );
    expect(map.journal.state()).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: 'actor:create',
    });

    map.journal.undo();
    expect(repos.actors.exists(actor.id)).toBe(false);
    expect(map.journal.state()).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: 'actor:create',
    });

    map.journal.redo();
    expect(repos.actors.get(actor.id)).toMatchObject({
      name: 'Undo Me',
      stance: -1,
      key: actor.key,
    });
    map.close();
  });

  it('restores an update to the exact previous values', () => {
    const map = freshMap();
    const repos = createRepositories(map.db);
    const actor = map.journal.record('actor:create', () =>
      repos.actors.create({ name: 'Before', tags: ['a', 'b'], reach: 1200 }),
    );
    map.journal.record('actor:update', () =>
      repos.actors.update(actor.id, { name: 'After', tags: [], reach: null, stance: 2 }),
    );
    map.journal.undo();
    expect(repos.actors.get(actor.id)).toEqual(actor);
    map.close();
  });

  it('brings back what a delete cascaded to (relations, accounts)', () => {
    const map = freshMap();
    const repos = createRepositories(map.db);
    const [a, b] = map.journal.record('setup', () => [
      repos.actors.create({ name: 'Hub' }),
      repos.actors.create({ name: 'Spoke' }),
    ]);
    if (!a || !b) throw new Error('setup failed');
    map.journal.record('setup', () => {
      repos.relations.create({ sourceId: a.id, targetId: b.id, type: 'follows' });
      repos.relations.create({ sourceId: b.id, targetId: a.id, type: 'cites', weight: 2 });
      map.db
        .prepare('INSERT INTO accounts (actor_id, platform, handle, followers) VALUES (?, ?, ?, ?)')
        .run(a.id, 'x', '@hub', 5000);
    });
    const before = {
      counts: rowCounts(map),
      relations: repos.relations.list(),
      hub: repos.actors.get(a.id),
    };

    map.journal.record('actor:delete', () => repos.actors.delete(a.id));
    expect(rowCounts(map)).toEqual({ actors: 1, relations: 0, accounts: 0 });

    map.journal.undo();
    expect(rowCounts(map)).toEqual(before.counts);
    expect(repos.relations.list()).toEqual(before.relations);
    expect(repos.actors.get(a.id)).toEqual(before.hub);
    expect(map.db.pragma('foreign_key_check')).toEqual([]);

    map.journal.redo();
    expect(rowCounts(map)).toEqual({ actors: 1, relations: 0, accounts: 0 });
    map.close();
  });

  it('survives closing and reopening the map', () => {
    const map = freshMap();
    const path = map.path;
    const actor = map.journal.record('actor:create', () =>
      createRepositories(map.db).actors.create({ name: 'Persistent' }),
    );
    map.close();

    const again = openMap(path);
    expect(again.journal.state().canUndo).toBe(true);
    again.journal.undo();
    again.close();

    const third = openMap(path);
    expect(createRepositories(third.db).actors.exists(actor.id)).toBe(false);
    third.journal.redo();
    expect(createRepositories(third.db).actors.get(actor.id).name).toBe('Persistent');
    third.close();
  });

  it('drops the redo branch when a new action is recorded', () => {
    const map = freshMap();
    const repos = createRepositories(map.db);
    map.journal.record('actor:create', () => repos.actors.create({ name: 'First' }));
    map.journal.undo();
    map.journal.record('actor:create', () => repos.actors.create({ name: 'Second' }));
    expect(map.journal.state().canRedo).toBe(false);
    expect(map.journal.list(10).map((e) => e.state)).toEqual(['done']);
    map.close();
  });

  it('records nothing for an action that changes nothing, and nothing for a failed one', () => {
    const map = freshMap();
    const repos = createRepositories(map.db);
    map.journal.record('noop', () => undefined);
    expect(() =>
      map.journal.record('relation:create', () =>
        repos.relations.create({ sourceId: 1 as ActorId, targetId: 2 as ActorId, type: 'follows' }),
      ),
    ).toThrow();
    expect(map.journal.list(10)).toEqual([]);
    expect(rowCounts(map)).toEqual({ actors: 0, relations: 0, accounts: 0 });
    expect(() => repos.relations.get(1 as RelationId)).toThrow();
    map.close();
  });

  it('says when there is nothing to undo or redo', () => {
    const map = freshMap();
    expect(() => map.journal.undo()).toThrow(/NOTHING_TO_UNDO/);
    expect(() => map.journal.redo()).toThrow(/NOTHING_TO_REDO/);
    map.close();
  });
});
