import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../shared/i18n/errorMessages';
import { createMap } from '../../db/file/openMap';
import { createMapService, type MapService } from '../../db/service/mapService';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';
import { call, rawCall } from '../helpers/testService';

const tempDir = tempDirs();

/** A service whose maps folder is `<dir>/maps`, with `<dir>/elsewhere` outside it. */
function serviceIn(dir: string, kind: 'browser' | 'electron', picked: string | null = null) {
  const service = createMapService({
    userDataDir: join(dir, 'user-data'),
    mapsDir: join(dir, 'maps'),
    host: {
      kind,
      version: 'test',
      canPickFiles: kind === 'electron',
      pickMap: () => Promise.resolve(picked),
      pickSavePath: () => Promise.resolve(null),
    },
  });
  mkdirSync(join(dir, 'maps'), { recursive: true });
  mkdirSync(join(dir, 'elsewhere'), { recursive: true });
  return service;
}

async function refusalCode(service: MapService, method: unknown, input: unknown) {
  const result = await rawCall(service, method, input);
  if (result.ok) throw new Error(`expected ${String(method)} to be refused`);
  return result.error;
}

const aMapAt = (path: string) => createMap(path, () => undefined).close();

describe('paths from the window stay inside the folders the user chose', () => {
  it('browser mode creates maps in the maps folder, and nowhere else', async () => {
    const dir = tempDir();
    const service = serviceIn(dir, 'browser');
    for (const path of [
      join(dir, 'elsewhere', 'x.influmap'),
      join(dir, 'elsewhere', 'launcher.desktop'),
      '../escape',
      '../../etc/evil',
      join(dir, 'maps', '..', 'elsewhere', 'dotdot.influmap'),
    ]) {
      const error = await refusalCode(service, 'map:create', { path });
      expect(error.code, path).toBe('PATH_NOT_ALLOWED');
    }
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(existsSync(join(dir, 'escape.influmap'))).toBe(false);
    // Inside, by bare name or full path, it works.
    await call(service, 'map:create', { path: 'Client A' });
    await call(service, 'map:create', { path: join(dir, 'maps', 'sub', 'b.influmap') });
    expect(existsSync(join(dir, 'maps', 'sub', 'b.influmap'))).toBe(true);
    // A name that starts with two dots is a file inside, not a way out.
    await call(service, 'map:create', { path: '..draft' });
    expect(existsSync(join(dir, 'maps', '..draft.influmap'))).toBe(true);
    service.close();
  });

  it('a link inside the maps folder that points elsewhere does not count as inside', async () => {
    const dir = tempDir();
    const service = serviceIn(dir, 'browser');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'maps', 'link'));
    const error = await refusalCode(service, 'map:create', {
      path: join(dir, 'maps', 'link', 'through.influmap'),
    });
    expect(error.code).toBe('PATH_NOT_ALLOWED');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    service.close();
  });

  it('browser mode opens maps from the maps folder or the recent list, not any path', async () => {
    const dir = tempDir();
    const service = serviceIn(dir, 'browser');
    const outside = join(dir, 'elsewhere', 'theirs.influmap');
    aMapAt(outside);
    const before = sha256(outside);
    expect((await refusalCode(service, 'map:open', { path: outside })).code).toBe(
      'PATH_NOT_ALLOWED',
    );
    expect((await refusalCode(service, 'map:open', { path: '/etc/passwd' })).code).toBe(
      'PATH_NOT_ALLOWED',
    );
    expect(sha256(outside)).toBe(before);
    // Named on the command line (`influmap serve <map>`): granted, and then in the recent list.
    service.grant(outside);
    await call(service, 'map:open', { path: outside });
    await call(service, 'map:close', {});
    service.close();
    const later = serviceIn(dir, 'browser');
    expect((await call(later, 'map:open', { path: outside })).path).toBe(outside);
    later.close();
  });

  it('the desktop app creates where its dialog was answered, and opens dropped map files', async () => {
    const dir = tempDir();
    const picked = join(dir, 'elsewhere', 'picked.influmap');
    const service = serviceIn(dir, 'electron', picked);
    const unpicked = join(dir, 'elsewhere', 'unpicked.influmap');
    expect((await refusalCode(service, 'map:create', { path: unpicked })).code).toBe(
      'PATH_NOT_ALLOWED',
    );
    expect(await call(service, 'map:pick', { mode: 'create' })).toEqual({ path: picked });
    await call(service, 'map:create', { path: picked });
    expect(existsSync(picked)).toBe(true);
    // A dropped .influmap file anywhere opens; another kind of file outside does not.
    const dropped = join(dir, 'elsewhere', 'dropped.influmap');
    aMapAt(dropped);
    await call(service, 'map:open', { path: dropped });
    expect((await refusalCode(service, 'map:open', { path: '/etc/hostname' })).code).toBe(
      'PATH_NOT_ALLOWED',
    );
    service.close();
  });

  it('says where maps may go, in both languages', async () => {
    const dir = tempDir();
    const service = serviceIn(dir, 'browser');
    const error = await refusalCode(service, 'map:create', { path: '/tmp/x.influmap' });
    expect(formatError(error, 'en')).toMatch(/outside the folders you chose.*maps/);
    expect(formatError(error, 'fr')).toMatch(/hors des dossiers que vous avez choisis.*maps/);
    service.close();
  });
});
