import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('analysis results kept in the map', () => {
  it('keeps one result per scope across closing and reopening, outside the undo history', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.influmap');
    const service = makeService(dir);
    await call(service, 'map:create', { path, name: 'Kept' });
    await call(service, 'actor:create', { name: 'Ada' });
    expect(await call(service, 'analysis:get', { scope: 'best' })).toBeNull();
    await call(service, 'analysis:put', {
      scope: 'best',
      fingerprint: '0123456789abcdef',
      payload: '{"ranking":[]}',
    });
    await call(service, 'analysis:put', {
      scope: 'best',
      fingerprint: 'fedcba9876543210',
      payload: '{"ranking":[1]}',
    });
    await call(service, 'analysis:put', {
      scope: 'topic:3',
      fingerprint: '0000000000000000',
      payload: '{}',
    });
    // Storing is not a user action: undo still undoes the actor's creation.
    const history = await call(service, 'history:list', {});
    expect(history.map((h) => h.label)).toEqual(['actor:create']);
    await call(service, 'map:close', {});
    await call(service, 'map:open', { path });
    expect(await call(service, 'analysis:get', { scope: 'best' })).toMatchObject({
      fingerprint: 'fedcba9876543210',
      payload: '{"ranking":[1]}',
    });
    expect(await call(service, 'analysis:get', { scope: 'topic:3' })).toMatchObject({
      payload: '{}',
    });
    service.close();
  });

  it('refuses a bad scope, a bad fingerprint or a payload that is not JSON, storing nothing', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'b.influmap'), name: 'Refused' });
    const put = (scope: string, fingerprint: string, payload: string) =>
      rawCall(service, 'analysis:put', { scope, fingerprint, payload });
    expect(await put('everything', '0123456789abcdef', '{}')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'scope' }] },
    });
    expect(await put('best', 'xyz', '{}')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'fingerprint' }] },
    });
    expect(await put('best', '0123456789abcdef', '{not json')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(service, 'analysis:get', { scope: 'best' })).toBeNull();
    service.close();
  });
});
