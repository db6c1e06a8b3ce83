import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMap, openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { seedGeneratedMap } from '../../db/demo/generatedMap';
import { sha256 } from '../helpers/fileState';
import { NO_POPPLER, pdfFonts, pdfInfo, pdfText, POPPLER, renderedPages } from '../helpers/pdf';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, tempDir(), env);

/** pdftotext breaks lines where the page does: compare texts with runs of spaces made one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function demoMap(): Promise<string> {
  const path = join(tempDir(), 'demo.influmap');
  expect((await run(['new', path, '--demo'])).code).toBe(0);
  return path;
}

async function json<T>(argv: string[]): Promise<T> {
  const result = await run([...argv, '--json']);
  expect(result.code, result.stderr.join('\n')).toBe(0);
  return JSON.parse(result.stdout.join('\n')) as T;
}

describe.skipIf(!POPPLER)('influmap report', () => {
  if (!POPPLER) console.warn(NO_POPPLER);

  it('writes the demo report: its name, top voices, journeys, white spots, hotspots, formulas', async () => {
    const map = await demoMap();
    const dir = tempDir();
    const out = join(dir, 'report.pdf');
    const result = await run(['report', map, '--out', out]);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    expect(result.stdout[0]).toMatch(/^Wrote .*report\.pdf \(\d+ pages, \d+ KB\)$/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(pdfText(out));
    expect(text).toContain('Lumo Hub launch (demo)');
    expect(text).toContain('Executive summary');

    // The stages and white spots the path command computes, and the hotspots `communities` ranks.
    const path = await json<{
      stages: Array<{ stage: string; actors: string[] }>;
      whiteSpots: string[];
    }>(['path', map, '--journey', 'First smart-home hub']);
    for (const stage of path.stages) expect(text).toContain(stage.stage);
    expect(path.whiteSpots.length).toBeGreaterThan(0);
    expect(text).toContain(`White spots: ${path.whiteSpots.join(', ')}`);
    const communities = await json<{
      communities: Array<{ name: string; isDetractorCluster: boolean }>;
    }>(['communities', map]);
    const cluster = communities.communities.find((c) => c.isDetractorCluster);
    expect(cluster).toBeDefined();
    expect(text).toContain(`Detractor cluster — ${cluster?.name ?? '?'}`);

    // The top voice of the first topic, with its tier, as the map's actors say.
    const handle = openMap(map);
    const repos = createRepositories(handle.db);
    const names = repos.actors.listSummaries().map((a) => a.name);
    const weights = repos.settings.get().scoreWeights;
    handle.close();
    const voice = /the strongest voice is (.+?) \((nano|micro|macro|mega), score/.exec(text);
    expect(voice?.[1] && names.includes(voice[1])).toBe(true);
    // The formulas carry this map's weights.
    expect(text).toContain(
      `score = 100 × (${weights.reach.toFixed(2)}·reach + ${weights.resonance.toFixed(2)}·resonance`,
    );
    expect(text).toContain('risk = 100 × negativity');
    expect(text).toMatch(/Page 1 of \d+|Page 2 of \d+/);
  });

  it('follows the map weights set in it', async () => {
    const map = await demoMap();
    const handle = openMap(map);
    createRepositories(handle.db).settings.set({
      scoreWeights: { reach: 0.45, resonance: 0.2, relevance: 0.25, centrality: 0.1 },
    });
    handle.close();
    const out = join(tempDir(), 'weights.pdf');
    expect((await run(['report', map, '--out', out, '--sections', 'appendix'])).code).toBe(0);
    expect(flat(pdfText(out))).toContain(
      'score = 100 × (0.45·reach + 0.20·resonance + 0.25·relevance + 0.10·centrality) / 1.00',
    );
  });

  it('speaks French with --lang fr: accents, guillemets, non-breaking spaces, numbers', async () => {
    const map = await demoMap();
    const out = join(tempDir(), 'rapport.pdf');
    expect((await run(['report', map, '--out', out, '--lang', 'fr'])).code).toBe(0);
    const raw = pdfText(out);
    const text = flat(raw);
    for (const words of [
      'Synthèse',
      'Cinq faits',
      'Parcours client',
      'Foyers de risque',
      'Méthodologie',
      'Glossaire',
      'Zone blanche',
      'Détracteur',
    ])
      expect(text, words).toContain(words);
    // pdftotext gives non-breaking spaces back as spaces (the document model keeps them: see
    // tests/shared/reportDoc.test.ts); the guillemets and the colon's space are here.
    expect(text).toMatch(/« First smart-home hub » : aucune voix légitime/);
    expect(text).toContain('Score du parcours : ');
    // French numbers: a decimal comma.
    expect(text).toMatch(/score \d+,\d/);
  });

  it('embeds its fonts and draws every page (none blank)', async () => {
    const map = await demoMap();
    const dir = tempDir();
    const out = join(dir, 'report.pdf');
    expect((await run(['report', map, '--out', out])).code).toBe(0);
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(
      fonts.every((f) => f.embedded),
      JSON.stringify(fonts),
    ).toBe(true);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]+\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    const info = pdfInfo(out);
    expect(info.width).toBeCloseTo(595.28, 0);
    const pages = renderedPages(out, dir);
    expect(pages).toHaveLength(info.pages);
    for (const page of pages) expect(page.distinctPixels).toBeGreaterThan(8);
  });

  it('prints US Letter on request and only the sections asked for', async () => {
    const map = await demoMap();
    const out = join(tempDir(), 'letter.pdf');
    expect(
      (
        await run([
          'report',
          map,
          '--out',
          out,
          '--page-size',
          'letter',
          '--sections',
          'summary,appendix',
        ])
      ).code,
    ).toBe(0);
    const info = pdfInfo(out);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([612, 792]);
    const text = flat(pdfText(out));
    expect(text).toContain('Executive summary');
    expect(text).toContain('Methodology');
    expect(text).not.toContain('Rankings by topic');
    expect(text).not.toContain('Influence maps');
  });

  it('leaves out what a map does not have, saying nothing of it, and never an empty page', async () => {
    const dir = tempDir();
    const path = join(dir, 'bare.influmap');
    createMap(path, (db) => {
      const repos = createRepositories(db);
      repos.settings.set({ name: 'Bare map' });
      repos.actors.create({ name: 'Solo Voice', stance: 1 });
    }).close();
    const out = join(dir, 'bare.pdf');
    expect((await run(['report', path, '--out', out])).code).toBe(0);
    const text = flat(pdfText(out));
    expect(text).toContain('Bare map');
    expect(text).toContain('Solo Voice');
    for (const absent of [
      'Customer journeys',
      'Risk hotspots',
      'Share of voice and sentiment',
      'Stories',
    ])
      expect(text).not.toContain(absent);
    for (const page of renderedPages(out, dir)) expect(page.distinctPixels).toBeGreaterThan(8);
  });

  it('refuses an unknown topic, journey or view in one line, and leaves a previous file whole', async () => {
    const map = await demoMap();
    const out = join(tempDir(), 'kept.pdf');
    writeFileSync(out, 'previous report');
    const before = sha256(out);
    for (const [flag, value, word] of [
      ['--topic', 'Nowhere', 'topic'],
      ['--journey', 'Nope', 'journey'],
      ['--view', 'Hidden', 'view'],
    ] as const) {
      const result = await run(['report', map, '--out', out, flag, value]);
      expect(result.code).toBe(1);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toContain(`no ${word} "${value}"`);
    }
    const french = await run(['report', map, '--out', out, '--journey', 'Nope'], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(french.stderr[0]).toContain('pas de parcours « Nope »');
    expect((await run(['report', map, '--out', out, '--date', '3 Dec'])).code).toBe(1);
    expect((await run(['report', map])).code).toBe(1);
    expect(sha256(out)).toBe(before);
    expect(readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('charts share of voice and weekly sentiment on dated axes once mentions are imported', async () => {
    const map = await demoMap();
    const dir = tempDir();
    const mentions = join(dir, 'listening.csv');
    writeFileSync(
      mentions,
      'date,author,topic,sentiment,reach,url\n' +
        '2026-03-02,@lumo-home,Smart-home privacy,positive,12000,https://ex.test/1\n' +
        '2026-03-03,@domova,Smart-home privacy,negative,50000,https://ex.test/2\n' +
        '2026-03-10,@vigie-numerique,Smart-home privacy,negative,8000,https://ex.test/3\n' +
        '2026-03-17,@someone-else,Smart-home privacy,neutral,300,https://ex.test/4\n',
    );
    const imported = await run(['import', map, mentions]);
    expect(imported.code, imported.stderr.join('\n')).toBe(0);
    const out = join(dir, 'voice.pdf');
    expect((await run(['report', map, '--out', out, '--sections', 'voice'])).code).toBe(0);
    const text = flat(pdfText(out));
    expect(text).toContain('Share of voice and sentiment');
    expect(text).toContain('Mentions per week');
    // Each ISO week labelled by the Monday it starts on.
    for (const monday of ['2 Mar 2026', '9 Mar 2026', '16 Mar 2026'])
      expect(text).toContain(monday);
    expect(text).toContain('One mention is not matched to an actor of the map.');
  });

  it('says of a big map that its communities are drawn grouped, as the app opens it', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.influmap');
    createMap(path, (db) =>
      seedGeneratedMap(db, {
        actors: 2_100,
        perActor: 3,
        planted: { communities: 4, inside: 0.8 },
      }),
    ).close();
    const out = join(dir, 'big.pdf');
    expect((await run(['report', path, '--out', out, '--sections', 'maps,risks'])).code).toBe(0);
    const text = flat(pdfText(out));
    expect(text).toContain('4 communities drawn as one node each (2,100 actors)');
    expect(text).not.toContain('0 actors shown');
  });

  it('names the topic, journey and view it was asked for', async () => {
    const map = await demoMap();
    const out = join(tempDir(), 'chosen.pdf');
    const result = await run([
      'report',
      map,
      '--out',
      out,
      '--topic',
      'home energy savings',
      '--journey',
      'first smart-home hub',
      '--view',
      'overview',
    ]);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    const text = flat(pdfText(out));
    expect(text).toContain('Top voices — Home energy savings');
    expect(text).not.toContain('Top voices — Smart-home privacy');
    expect(existsSync(out)).toBe(true);
  });
});
