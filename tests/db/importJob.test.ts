import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMap } from '../../db/file/openMap';
import { exportedMap } from '../../db/io/exportData';
import type { MapService } from '../../db/service/mapService';
import { UPLOAD_PIECE_BYTES, type ImportJobStatus } from '../../shared/domain/schemas';
import { seededRandom } from '../../shared/util/random';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** Node and edge lists big enough for an import to span many slices of work. */
function generated(actors: number, relations: number, badLine?: number) {
  const random = seededRandom(3);
  const nodes = ['id;label;stance'];
  for (let i = 1; i <= actors; i += 1) nodes.push(`n${i};Acteur fictif ${i};${(i % 5) - 2}`);
  const edges = ['source;target;type;weight'];
  for (let i = 0; i < relations; i += 1) {
    const line = i + 2;
    const target = line === badLine ? 'nobody' : `n${1 + Math.floor(random() * actors)}`;
    edges.push(`n${1 + Math.floor(random() * actors)};${target};follows;${1 + (i % 3)},5`);
  }
  return { nodes: `${nodes.join('\r\n')}\r\n`, edges: `${edges.join('\r\n')}\r\n` };
}

/** Sends a file in pieces, as the window does. */
async function upload(service: MapService, text: string): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  let id: string | null = null;
  for (let at = 0; at < bytes.length; at += UPLOAD_PIECE_BYTES) {
    const piece = bytes.subarray(at, at + UPLOAD_PIECE_BYTES).toString('base64');
    id = (await call(service, 'import:upload', { upload: id, base64: piece })).upload;
  }
  if (id === null) throw new Error('nothing uploaded');
  return id;
}

/** Polls a job to its end, keeping every status seen. */
async function follow(service: MapService, job: string, onRunning?: () => Promise<void>) {
  const seen: ImportJobStatus[] = [];
  for (;;) {
    const status = await call(service, 'import:progress', { job });
    seen.push(status);
    if (status.state !== 'running') return seen;
    if (onRunning) await onRunning();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function mapWithFiles(actors: number, relations: number, badLine?: number) {
  const dir = tempDir();
  const path = join(dir, 'big.influmap');
  const service = makeService(dir);
  await call(service, 'map:create', { path, name: 'Big' });
  await call(service, 'actor:create', { name: 'Already there' });
  const snapshot = async () => {
    await call(service, 'map:close', {});
    const copy = openMap(path);
    const map = exportedMap(copy.db);
    const fk = copy.db.pragma('foreign_keys', { simple: true });
    const entries = copy.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM journal_entries')
      .get()?.n;
    copy.close();
    await call(service, 'map:open', { path });
    return { map, fk, entries };
  };
  const { nodes, edges } = generated(actors, relations, badLine);
  // Read before uploading: closing the map (as snapshots do) forgets uploads.
  const before = await snapshot();
  const files = [
    { name: 'nodes.csv', upload: await upload(service, nodes) },
    { name: 'edges.csv', upload: await upload(service, edges) },
  ];
  return { service, files, snapshot, before, edgesSize: Buffer.byteLength(edges) };
}

describe('an import as a job, with progress and cancel', () => {
  it('previews, then imports, reporting progress; the map refuses other calls meanwhile', async () => {
    const { service, files, snapshot, before, edgesSize } = await mapWithFiles(20_000, 200_000);
    expect(edgesSize).toBeGreaterThan(UPLOAD_PIECE_BYTES);

    const preview = await call(service, 'import:start', { files, preview: true });
    const previewed = await follow(service, preview.job);
    const last = previewed.at(-1);
    expect(last?.state).toBe('done');
    expect(last?.summary?.actors.created).toBe(20_000);
    expect(last?.summary?.relations.created).toBe(200_000);
    expect(last?.summary?.files[1]).toMatchObject({
      kind: 'edges',
      rows: 200_000,
      delimiter: ';',
      lineEnding: 'CRLF',
      encoding: 'utf-8',
      decimalMark: ',',
    });
    // Nothing written (read without closing the map, which would forget the uploads).
    expect((await call(service, 'map:info', {}))?.counts).toMatchObject({
      actors: 1,
      relations: 0,
    });

    const apply = await call(service, 'import:start', { files, preview: false });
    let refused: unknown = null;
    const applied = await follow(service, apply.job, async () => {
      refused ??= await rawCall(service, 'actor:list', {});
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_RUNNING' } });
    const running = applied.filter((s) => s.state === 'running');
    expect(running.length).toBeGreaterThan(1);
    // Progress only grows, and is seen part way.
    const done = running.map((s) => s.bytesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(running.some((s) => s.bytesDone > 0 && s.bytesDone < s.bytesTotal)).toBe(true);
    expect(applied.at(-1)).toMatchObject({ state: 'done', error: null });
    expect(applied.at(-1)?.summary?.relations.created).toBe(200_000);

    const after = await snapshot();
    expect(after.map.actors).toHaveLength(20_001);
    expect(after.map.relations).toHaveLength(200_000);
    expect(after.map.relations[0]?.weight).toBeGreaterThan(1);
    expect(after.fk).toBe(1);
    expect(after.entries).toBe((before.entries ?? 0) + 1);
    // One undoable action.
    await call(service, 'history:undo', {});
    expect((await snapshot()).map).toEqual(before.map);
    service.close();
  });

  it('cancelled part way, leaves the map as it was, with foreign keys checked again', async () => {
    const { service, files, snapshot, before } = await mapWithFiles(20_000, 200_000);
    const { job } = await call(service, 'import:start', { files, preview: false });
    let cancelledAt: ImportJobStatus | null = null;
    const seen = await follow(service, job, async () => {
      const status = await call(service, 'import:progress', { job });
      if (cancelledAt === null && status.phase === 'relations' && status.rows > 30_000) {
        cancelledAt = status;
        expect((await call(service, 'import:cancel', { job })).cancelled).toBe(true);
      }
    });
    expect(cancelledAt).not.toBeNull();
    expect(seen.at(-1)).toMatchObject({ state: 'cancelled', summary: null, error: null });
    expect(await call(service, 'import:cancel', { job })).toEqual({ cancelled: false });
    const after = await snapshot();
    expect(after.map).toEqual(before.map);
    expect(after.entries).toBe(before.entries);
    expect(after.fk).toBe(1);
    service.close();
  });

  it('stops at a bad row deep in a streamed file, names it, and writes nothing', async () => {
    const { service, files, snapshot, before } = await mapWithFiles(5_000, 100_000, 90_000);
    const { job } = await call(service, 'import:start', { files, preview: false });
    const end = (await follow(service, job)).at(-1);
    expect(end).toMatchObject({
      state: 'failed',
      summary: null,
      error: {
        code: 'IMPORT_INVALID',
        file: 'edges.csv',
        reason: 'unknown-node',
        line: 90_000,
        field: 'target',
      },
    });
    expect((await snapshot()).map).toEqual(before.map);
    // The map is usable again at once.
    expect((await call(service, 'actor:list', {})).length).toBe(1);
    service.close();
  });

  it('forgets uploads it is told to, and refuses unknown ones and jobs', async () => {
    const { service, files } = await mapWithFiles(10, 10);
    const ids = files.map((f) => f.upload);
    expect(await call(service, 'import:discard', { uploads: [...ids, 'unknown'] })).toEqual({
      discarded: 2,
    });
    expect(await rawCall(service, 'import:start', { files, preview: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await rawCall(service, 'import:progress', { job: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    service.close();
  });

  it('reports and stops the reading of a big graph file too, before anything is written', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'g.influmap'), name: 'G' });
    const nodes = Array.from(
      { length: 150_000 },
      (_, i) => `<node id="v${i}" label="Voix fictive ${i}"><attvalues/></node>`,
    );
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
${nodes.join('\n')}
</nodes><edges/></graph></gexf>`;
    const files = [{ name: 'big.gexf', upload: await upload(service, gexf) }];
    const { job } = await call(service, 'import:start', { files, preview: false });
    let readingSeen: ImportJobStatus | null = null;
    const seen = await follow(service, job, async () => {
      const status = await call(service, 'import:progress', { job });
      if (readingSeen === null && status.phase === 'reading' && status.bytesDone > 0) {
        readingSeen = status;
        await call(service, 'import:cancel', { job });
      }
    });
    expect(readingSeen).toMatchObject({ state: 'running', phase: 'reading' });
    expect(seen.at(-1)).toMatchObject({ state: 'cancelled', error: null });
    expect((await call(service, 'map:info', {}))?.counts).toMatchObject({ actors: 0 });
    service.close();
  });
});
