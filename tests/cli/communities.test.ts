import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommunityReport } from '../../db/analytics/communityReport';
import { createMap } from '../../db/file/openMap';
import { seedGeneratedMap } from '../../db/demo/generatedMap';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { call, graphOf, makeService } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';
import { nmi } from '../helpers/groundTruth';

const tempDir = tempDirs();

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, tempDir(), env);

type Report = CommunityReport & { detectionRun?: number };

describe('influmap communities', () => {
  it("reports the demo's communities, riskiest first: the privacy advocates are the hotspot", async () => {
    const path = join(tempDir(), 'demo.influmap');
    expect((await run(['new', path, '--demo'])).code).toBe(0);
    const before = sha256(path);
    const result = await run(['communities', path, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.join('')) as Report;
    expect(report.communities.map((c) => c.name)).toHaveLength(3);
    expect(report.communities[0]).toMatchObject({
      name: 'Privacy advocates',
      isDetractorCluster: true,
    });
    expect(report.communities[0]?.meanStance).toBeLessThan(0);
    expect(report.communities[0]?.bridges.length).toBeGreaterThan(0);
    expect(report.communities[0]?.members).toHaveLength(14);
    expect(report.modularity).toBeGreaterThan(0.2);
    // Reading does not write.
    expect(sha256(path)).toBe(before);
  });

  it('detects planted communities, stores them as a proposed run the app can undo, accept or discard', async () => {
    const dir = tempDir();
    const path = join(dir, 'planted.influmap');
    createMap(path, (db) =>
      seedGeneratedMap(db, { actors: 400, perActor: 6, planted: { communities: 4, inside: 0.9 } }),
    ).close();
    const result = await run(['communities', path, '--detect', '--json', '--seed', '3']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.join('')) as Report;
    expect(report.detectionRun).toBeGreaterThan(0);
    // The report lists what was detected, named after each community's most central members.
    const detected = report.communities;
    expect(detected.every((c) => /^Generated actor \d+ · Generated actor \d+$/.test(c.name))).toBe(
      true,
    );
    expect(detected).toHaveLength(4);
    // Keys are g<id>; planted community of actor id = 1 + id mod 4.
    const keys = detected.flatMap((c, k) => c.members.map((m) => [m, k] as const));
    expect(keys).toHaveLength(400);
    const truth = keys.map(([m]) => Number(m.slice(1)) % 4);
    expect(
      nmi(
        keys.map(([, k]) => k),
        truth,
      ),
    ).toBeGreaterThan(0.95);
    expect(report.modularity).toBeGreaterThan(0.5);

    const service = makeService(dir);
    await call(service, 'map:open', { path });
    const runs = await call(service, 'detection:list', {});
    expect(runs).toMatchObject([{ algorithm: 'louvain', status: 'proposed', communities: 4 }]);
    expect(runs[0]?.parameters).toEqual({ seed: 3, resolution: 1 });
    expect(
      (await graphOf(service)).communities.filter((c) => c.origin === 'detected'),
    ).toHaveLength(4);
    // One journal entry: undo removes the whole run.
    await call(service, 'history:undo', {});
    expect(await call(service, 'detection:list', {})).toEqual([]);
    await call(service, 'history:redo', {});
    const runId = runs[0]?.id ?? 0;
    await call(service, 'detection:accept', { id: runId });
    expect((await call(service, 'detection:list', {}))[0]?.status).toBe('accepted');
    await call(service, 'detection:discard', { id: runId });
    const left = (await graphOf(service)).communities;
    expect(left.map((c) => c.name)).toEqual(['Planted 1', 'Planted 2', 'Planted 3', 'Planted 4']);
    service.close();
  });

  it('refuses bad options and maps with a clear message', async () => {
    const path = join(tempDir(), 'demo.influmap');
    await run(['new', path, '--demo']);
    expect((await run(['communities', path, '--resolution', '0'])).stderr[0]).toMatch(
      /--resolution: 0/,
    );
    expect((await run(['communities', path, '--seed', 'x'])).stderr[0]).toMatch(/--seed: x/);
    const missing = await run(['communities', join(tempDir(), 'nope.influmap'), '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/nope\.influmap/);
  });
});
