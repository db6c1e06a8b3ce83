import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

async function freshMap() {
  const dir = tempDir();
  const service = makeService(dir);
  await call(service, 'map:create', { path: join(dir, 'j.influmap'), name: 'Journeys' });
  return service;
}

describe('journeys, stages and placements', () => {
  it('creates a journey from the loop template, edits its stages and undoes each step', async () => {
    const service = await freshMap();
    const { id } = await call(service, 'journey:create', {
      name: 'Young parents',
      persona: 'Léa, 31, first child',
      template: 'loop',
      locale: 'en',
    });
    let [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages.map((s) => s.name)).toEqual([
      'Trigger',
      'Awareness',
      'Consideration',
      'Evaluation',
      'Purchase',
      'Experience',
      'Loyalty',
      'Advocacy',
    ]);
    expect(journey?.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const advocacy = journey?.stages[7]?.id ?? 0;
    await call(service, 'stage:move', { id: advocacy, position: 0 });
    [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages[0]?.name).toBe('Advocacy');
    expect(journey?.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await call(service, 'stage:delete', { id: journey?.stages[1]?.id ?? 0 });
    [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages).toHaveLength(7);
    expect(journey?.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await call(service, 'stage:create', { journeyId: id, name: 'Renewal', isMomentOfTruth: true });
    [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages.at(-1)).toMatchObject({ name: 'Renewal', isMomentOfTruth: true });
    // Each step is one undoable action, in reverse order.
    await call(service, 'history:undo', {});
    await call(service, 'history:undo', {});
    await call(service, 'history:undo', {});
    [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages.map((s) => s.name).at(-1)).toBe('Advocacy');
    expect(journey?.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    service.close();
  });

  it('places actors and communities at stages and touchpoints; placing again updates', async () => {
    const service = await freshMap();
    const { id: journeyId } = await call(service, 'journey:create', {
      name: 'B2B buyer',
      template: 'b2b',
      locale: 'fr',
    });
    const [journey] = await call(service, 'journey:list', {});
    expect(journey?.stages[0]?.name).toBe('Besoin métier');
    const stageId = journey?.stages[2]?.id ?? 0;
    const ada = await call(service, 'actor:create', { name: 'Ada' });
    const crowd = await call(service, 'community:create', { name: 'Crowd' });
    const tp = await call(service, 'touchpoint:create', {
      stageId,
      name: 'Analyst webinar',
      channel: 'event',
      format: 'comparison',
    });
    const first = await call(service, 'placement:set', {
      stageId,
      actorId: ada.id,
      legitimacy: 0.4,
    });
    const again = await call(service, 'placement:set', {
      stageId,
      actorId: ada.id,
      legitimacy: 0.9,
      note: 'Runs the webinar',
    });
    expect(again.id).toBe(first.id);
    await call(service, 'placement:set', {
      stageId,
      touchpointId: tp.id,
      communityId: crowd.id,
      legitimacy: 0.5,
    });
    const [after] = await call(service, 'journey:list', {});
    const stage = after?.stages[2];
    expect(stage?.touchpoints).toMatchObject([{ name: 'Analyst webinar', channel: 'event' }]);
    expect(stage?.placements).toMatchObject([
      { actorId: ada.id, legitimacy: 0.9, note: 'Runs the webinar', touchpointId: null },
      { communityId: crowd.id, touchpointId: tp.id, legitimacy: 0.5 },
    ]);
    await call(service, 'placement:update', { id: first.id, patch: { legitimacy: 0.7 } });
    await call(service, 'journey:update', { id: journeyId, patch: { name: 'B2B buyer (CIO)' } });
    const [renamed] = await call(service, 'journey:list', {});
    expect(renamed?.name).toBe('B2B buyer (CIO)');
    expect(renamed?.stages[2]?.placements[0]?.legitimacy).toBe(0.7);
    service.close();
  });

  it('refuses bad references and values by field, writing nothing', async () => {
    const service = await freshMap();
    await call(service, 'journey:create', { name: 'J', template: 'loop', locale: 'en' });
    const [journey] = await call(service, 'journey:list', {});
    const stageId = journey?.stages[0]?.id ?? 0;
    const otherStage = journey?.stages[1]?.id ?? 0;
    const ada = await call(service, 'actor:create', { name: 'Ada' });
    const tp = await call(service, 'touchpoint:create', { stageId: otherStage, name: 'Elsewhere' });
    const before = await call(service, 'journey:list', {});
    expect(
      await rawCall(service, 'placement:set', { stageId, actorId: 999, legitimacy: 0.5 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'actorId' } });
    expect(
      await rawCall(service, 'placement:set', { stageId: 999, actorId: ada.id, legitimacy: 0.5 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'stageId' } });
    expect(
      await rawCall(service, 'placement:set', {
        stageId,
        touchpointId: tp.id,
        actorId: ada.id,
        legitimacy: 0.5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'touchpointId' } });
    expect(
      await rawCall(service, 'placement:set', { stageId, actorId: ada.id, legitimacy: 1.5 }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await rawCall(service, 'placement:set', {
        stageId,
        actorId: ada.id,
        communityId: 1,
        legitimacy: 0.5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await rawCall(service, 'journey:create', { name: 'J', template: 'loop', locale: 'en' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await rawCall(service, 'stage:create', { journeyId: journey?.id ?? 0, name: 'Trigger' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(service, 'journey:list', {})).toEqual(before);
    service.close();
  });

  it('renames stages, removes touchpoints, placements and journeys, and undo brings them back', async () => {
    const service = await freshMap();
    const { id } = await call(service, 'journey:create', {
      name: 'To remove',
      template: 'loop',
      locale: 'en',
    });
    const [journey] = await call(service, 'journey:list', {});
    const stageId = journey?.stages[0]?.id ?? 0;
    const ada = await call(service, 'actor:create', { name: 'Ada' });
    await call(service, 'stage:update', {
      id: stageId,
      patch: { name: 'First spark', isMomentOfTruth: true },
    });
    const tp = await call(service, 'touchpoint:create', { stageId, name: 'Podcast' });
    const placed = await call(service, 'placement:set', {
      stageId,
      actorId: ada.id,
      legitimacy: 0.6,
    });
    let [after] = await call(service, 'journey:list', {});
    expect(after?.stages[0]).toMatchObject({ name: 'First spark', isMomentOfTruth: true });
    await call(service, 'touchpoint:delete', { id: tp.id });
    await call(service, 'placement:delete', { id: placed.id });
    [after] = await call(service, 'journey:list', {});
    expect(after?.stages[0]?.touchpoints).toEqual([]);
    expect(after?.stages[0]?.placements).toEqual([]);
    const full = await call(service, 'journey:list', {});
    await call(service, 'journey:delete', { id });
    expect(await call(service, 'journey:list', {})).toEqual([]);
    expect(await rawCall(service, 'journey:delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // Deleting a journey takes its stages and placements with it, and one undo brings all back.
    await call(service, 'history:undo', {});
    expect(await call(service, 'journey:list', {})).toEqual(full);
    service.close();
  });
});
