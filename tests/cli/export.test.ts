import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../shared/figures/sceneSvg';
import { createMap, openMap } from '../../db/file/openMap';
import { seedGeneratedMap } from '../../db/demo/generatedMap';
import { runCli } from '../helpers/runCli';
import { readPng } from '../helpers/png';
import { call, makeService } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, tempDir(), env);

async function demoMap(): Promise<string> {
  const path = join(tempDir(), 'demo.influmap');
  expect((await run(['new', path, '--demo'])).code).toBe(0);
  return path;
}

describe('influmap export', () => {
  it('writes an SVG of the default view, with title, actors, relations and legend', async () => {
    const map = await demoMap();
    const out = join(tempDir(), 'map.svg');
    const result = await run(['export', map, '--format', 'svg', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Exported 60 actors to /);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Lumo Hub launch (demo)');
    expect(svg).toContain(escapeXml('Vigie Numérique'));
    expect(svg.match(/<line /g)?.length).toBeGreaterThan(150);
    expect(svg).toContain('Detractor');
    if (existsSync('/usr/bin/xmllint')) execFileSync('xmllint', ['--noout', out]);
    else console.warn('xmllint not installed: well-formedness not checked here');
    expect(readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a PNG at 2×, twice the SVG size, that is not blank', async () => {
    const map = await demoMap();
    const dir = tempDir();
    await run(['export', map, '--format', 'svg', '--out', join(dir, 'm.svg')]);
    expect(
      (await run(['export', map, '--format', 'png', '--scale', '2', '--out', join(dir, 'm.png')]))
        .code,
    ).toBe(0);
    const width = Number(/width="([\d.]+)"/.exec(readFileSync(join(dir, 'm.svg'), 'utf8'))?.[1]);
    const png = readPng(readFileSync(join(dir, 'm.png')));
    expect(png.width).toBe(Math.round(width * 2));
    expect(png.distinctPixels).toBeGreaterThan(50);
  });

  it('writes a PNG at print size unless asked for a scale: twice the picture, 1 600 px at least', async () => {
    const map = await demoMap();
    const dir = tempDir();
    await run(['export', map, '--format', 'svg', '--out', join(dir, 'm.svg')]);
    expect((await run(['export', map, '--format', 'png', '--out', join(dir, 'm.png')])).code).toBe(
      0,
    );
    const width = Number(/width="([\d.]+)"/.exec(readFileSync(join(dir, 'm.svg'), 'utf8'))?.[1]);
    const png = readPng(readFileSync(join(dir, 'm.png')));
    expect(png.width).toBe(Math.round(Math.max(2 * width, 1600)));
    expect(png.width).toBeGreaterThanOrEqual(1600);
  });

  it('names the lanes of the journey layout and the quadrants of the power–interest chart', async () => {
    const dir = tempDir();
    const map = await demoMap();
    const service = makeService(dir);
    service.grant(map);
    await call(service, 'map:open', { path: map });
    await call(service, 'view:create', { name: 'Lanes', layout: 'lanes' });
    await call(service, 'view:create', { name: 'Power', layout: 'power-interest' });
    const [journey] = await call(service, 'journey:list', {});
    service.close();
    const lanes = join(dir, 'lanes.svg');
    expect(
      (await run(['export', map, '--format', 'svg', '--view', 'Lanes', '--out', lanes])).code,
    ).toBe(0);
    const lanesSvg = readFileSync(lanes, 'utf8');
    for (const stage of journey?.stages ?? [])
      expect(lanesSvg).toContain(escapeXml(`${stage.isMomentOfTruth ? '★ ' : ''}${stage.name}`));
    expect(journey?.stages.length).toBeGreaterThan(3);
    const power = join(dir, 'power.svg');
    expect(
      (
        await run(['export', map, '--format', 'svg', '--view', 'Power', '--out', power], {
          LANG: 'fr_FR.UTF-8',
        })
      ).code,
    ).toBe(0);
    const powerSvg = readFileSync(power, 'utf8');
    expect(powerSvg).toContain(escapeXml('Détracteurs influents : à gérer de près'));
    expect(powerSvg).toContain(escapeXml('Attitude : détracteur → ambassadeur'));
  });

  it("follows the view's filters and saved positions", async () => {
    const dir = tempDir();
    const path = join(dir, 'views.influmap');
    const service = makeService(dir);
    await call(service, 'map:create', { path, name: 'Filtered' });
    const a = await call(service, 'actor:create', { name: 'Ada Against', stance: -2 });
    await call(service, 'actor:create', { name: 'Bob Booster', stance: 2 });
    const view = await call(service, 'view:create', {
      name: 'Detractors only',
      filters: { stances: [-2] },
      isDefault: true,
    });
    await call(service, 'view:save-positions', {
      id: view.id,
      positions: [{ actorId: a.id, x: 0, y: 0 }],
    });
    service.close();
    const out = join(dir, 'filtered.svg');
    expect((await run(['export', path, '--format', 'svg', '--out', out])).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Ada Against');
    expect(svg).not.toContain('Bob Booster');
    expect(svg).toContain('Detractors only');
    expect(
      (await run(['export', path, '--format', 'svg', '--view', 'nope', '--out', out])).stderr[0],
    ).toMatch(/no view named "nope"/);
  });

  it('outlines the communities of the demo, named, under the actors', async () => {
    const out = join(tempDir(), 'hulls.svg');
    expect((await run(['export', await demoMap(), '--format', 'svg', '--out', out])).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const hulls = /<g id="communities">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect(hulls.match(/<path /g)).toHaveLength(3);
    for (const name of ['Makers &#38; tech fans', 'Press &#38; experts', 'Privacy advocates'])
      expect(hulls).toContain(name);
    expect(svg).toContain('Communities');
  });

  it('draws a big map as the app opens it: each community one node, relations merged', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.influmap');
    createMap(path, (db) =>
      seedGeneratedMap(db, {
        actors: 2_100,
        perActor: 3,
        planted: { communities: 4, inside: 0.8 },
      }),
    ).close();
    const out = join(dir, 'big.svg');
    const result = await run(['export', path, '--format', 'svg', '--out', out], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Exported 0 actors and 4 collapsed communities to /);
    const svg = readFileSync(out, 'utf8');
    for (const c of [1, 2, 3, 4]) expect(svg).toContain(`Planted ${c} (525)`);
    // Four groups: six merged relations between them, no relation inside one.
    expect(/<g id="relations">(.*?)<\/g>/s.exec(svg)?.[1]?.match(/<line /g)).toHaveLength(6);
    expect(svg).toContain('communauté repliée');
  });

  it('says in one line, exit 1, when a data export fails (a missing map, a map open elsewhere)', async () => {
    const dir = tempDir();
    const missing = await run([
      'export',
      join(dir, 'none.influmap'),
      '--format',
      'gexf',
      '--out',
      join(dir, 'x.gexf'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toHaveLength(1);
    expect(missing.stderr[0]).toMatch(/no such file/);
    const map = await demoMap();
    const held = openMap(map);
    try {
      const busy = await run(['export', map, '--format', 'json', '--out', join(dir, 'x.json')]);
      expect(busy.code).toBe(1);
      expect(busy.stderr[0]).toMatch(/open elsewhere/);
    } finally {
      held.close();
    }
  });

  it('leaves an existing file whole when the export fails', async () => {
    const dir = tempDir();
    const out = join(dir, 'keep.svg');
    writeFileSync(out, 'previous export');
    const bad = join(dir, 'bad.influmap');
    writeFileSync(bad, 'not a map');
    expect((await run(['export', bad, '--format', 'svg', '--out', out])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
  });
});
