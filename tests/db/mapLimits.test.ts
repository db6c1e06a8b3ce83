import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { formatError } from '../../shared/i18n/errorMessages';
import { createMap, openMap } from '../../db/file/openMap';
import { importFiles, type ImportFile } from '../../db/io/importFiles';
import { createGraphWriter } from '../../db/io/graphWriter';
import { startSummary } from '../../db/io/importSummary';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const file = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

/**
 * A map one actor short of its limit, filled by SQL in seconds: what a stream of rows from any
 * format (CSV, an XLSX sheet) must not push past the limit.
 */
function nearlyFullMap(): string {
  const path = join(tempDir(), 'full.influmap');
  const map = createMap(path, (db) => {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO actors (key, name, kind) SELECT 'k' || i, 'Actor ' || i, 'influencer' FROM n`,
    ).run(LIMITS.actorsPerMap - 1);
  });
  map.close();
  return path;
}

async function refusalOf(path: string, files: ImportFile[]): Promise<AppErrorData> {
  const before = sha256(path);
  const map = openMap(path);
  try {
    await importFiles(map, files, { preview: false });
  } catch (err) {
    if (err instanceof AppError) return err.data;
    throw err;
  } finally {
    map.close();
    expect(sha256(path)).toBe(before);
  }
  throw new Error('expected a refusal');
}

describe('a map holds at most its limits of actors and relations, whatever the format', () => {
  it('refuses the actor past the limit, naming the file and line', async () => {
    const path = nearlyFullMap();
    const error = await refusalOf(path, [file('more.csv', 'id,label\nnew1,One\nnew2,Two\n')]);
    expect(error).toMatchObject({ file: 'more.csv', reason: 'too-many-actors', line: 3 });
    expect(formatError(error, 'en')).toMatch(/more actors than a map may hold/);
    expect(formatError(error, 'fr')).toMatch(/plus d’acteurs qu’une carte ne peut en contenir/);
  }, 120_000);

  it('counts relations and actors already in the map, and stops at the limit', () => {
    const path = join(tempDir(), 'small.influmap');
    const map = createMap(path, () => undefined);
    const write = () =>
      map.db.transaction(() => {
        const writer = createGraphWriter(map.db, startSummary([]), 'now', {
          actors: 3,
          relations: 2,
        });
        for (const key of ['a', 'b', 'c'])
          writer.node({ key, label: key, attributes: {} }, 'n.csv');
        writer.endNodes();
        for (const [source, target, line] of [
          ['a', 'b', 2],
          ['b', 'c', 3],
          ['c', 'a', 4],
        ] as const)
          writer.edge(
            {
              source,
              target,
              line,
              directed: true,
              type: null,
              weight: null,
              attributes: {},
              observedOn: null,
            },
            'e.csv',
          );
      })();
    expect(() => write()).toThrow(AppError);
    try {
      write();
    } catch (err) {
      expect((err as AppError).data).toMatchObject({
        file: 'e.csv',
        reason: 'too-many-relations',
        line: 4,
      });
    }
    map.close();
  });

  it('refuses a file read whole (GML, JSON, journey or mention table) over its limit before reading it', async () => {
    const dir = tempDir();
    const path = join(dir, 'whole.influmap');
    createMap(path, () => undefined).close();
    const before = sha256(path);
    for (const [name, head] of [
      ['big.json', '{"nodes": ['],
      ['big.gml', 'graph ['],
      ['mentions.csv', `date,author,topic,reach\n${'2026-01-02,seed,Eau,1\n'.repeat(12_000)}`],
    ] as const) {
      // Sparse: 300 MB that take no room on disk, refused by their size before they are decoded
      // (a table is read up to its header first, to tell a streamed node list from the rest).
      const big = join(dir, name);
      writeFileSync(big, head);
      truncateSync(big, 300 * 1024 * 1024);
      const result = await runCli(['import', path, big], dir);
      expect(result.code, name).toBe(1);
      expect(result.stderr.join('\n')).toMatch(
        new RegExp(
          `${name.replace('.', '\\.')} cannot be imported.*larger than the import limit.*read whole`,
        ),
      );
      expect(sha256(path)).toBe(before);
    }
  });
});
