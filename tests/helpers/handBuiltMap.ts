import { join } from 'node:path';
import { beforeEach, expect } from 'vitest';
import type { ActorId, TopicId } from '../../shared/domain/schemas';
import type { MapService } from '../../db/service/mapService';
import { tempDirs } from './tempDir';
import { call, makeService, rawCall } from './testService';

export type HandBuiltMap = {
  service: MapService;
  ada: ActorId;
  bo: ActorId;
  topic: TopicId;
  /** Asserts a refusal with `code` (naming `field`) and that nothing the map holds changed. */
  expectRefused(method: string, input: unknown, code: string, field?: string): Promise<void>;
};

/**
 * A fresh map before each test with two actors (Ada, Bo) and one topic, through the real service
 * on a real file. The returned object is filled in by the `beforeEach` this registers.
 */
export function useHandBuiltMap(): HandBuiltMap {
  const tempDir = tempDirs();
  const map = {} as HandBuiltMap;
  const snapshot = async () => ({
    table: await call(map.service, 'actor:table', {}),
    communities: await call(map.service, 'community:list', {}),
    campaigns: await call(map.service, 'campaign:list', {}),
    history: await call(map.service, 'history:list', {}),
  });
  map.expectRefused = async (method, input, code, field) => {
    const before = await snapshot();
    const result = await rawCall(map.service, method, input);
    expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (field)
      expect([result.error.field, ...(result.error.issues ?? []).map((i) => i.path)]).toContain(
        field,
      );
    expect(await snapshot()).toEqual(before);
  };
  beforeEach(async () => {
    const dir = tempDir();
    map.service = makeService(dir);
    await call(map.service, 'map:create', { path: join(dir, 'hand.influmap') });
    map.ada = (
      await call(map.service, 'actor:create', { name: 'Ada Lumen', stance: 1, tags: ['press'] })
    ).id;
    map.bo = (await call(map.service, 'actor:create', { name: 'Bo Ferrand', stance: -1 })).id;
    map.topic = (await call(map.service, 'topic:create', { name: 'Water reuse' })).id;
    return () => map.service.close();
  });
  return map;
}
