import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGeneratedMap } from '../../db/demo/generatedMap';
import { createMap } from '../../db/file/openMap';
import type { MapService } from '../../db/service/mapService';
import type { ReportJobStatus } from '../../shared/domain/schemas';
import { NO_POPPLER, pdfText, POPPLER } from '../helpers/pdf';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

async function demo(): Promise<{ service: MapService; dir: string }> {
  const dir = tempDir();
  const service = makeService(dir);
  await call(service, 'map:open-demo', {});
  return { service, dir };
}

/** Polls the job until it leaves `running`, keeping every status seen (states, not times). */
async function settle(service: MapService, job: string): Promise<ReportJobStatus[]> {
  const seen: ReportJobStatus[] = [];
  for (;;) {
    const status = await call(service, 'report:progress', { job });
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the report as a job of the service', () => {
  it('outlines its sections in order, saying which the map cannot fill and why', async () => {
    const { service } = await demo();
    const outline = await call(service, 'report:outline', { locale: 'en' });
    expect(outline.sections.map((s) => s.id)).toEqual([
      'cover',
      'summary',
      'maps',
      'journeys',
      'risks',
      'rankings',
      'voice',
      'stories',
      'appendix',
    ]);
    const voice = outline.sections.find((s) => s.id === 'voice');
    expect(voice).toMatchObject({
      available: false,
      note: 'No mention has been imported: no share of voice to show.',
    });
    expect(outline.sections.find((s) => s.id === 'journeys')?.available).toBe(true);
    expect(outline.cover.title).toBe('Lumo Hub launch (demo)');
    const french = await call(service, 'report:outline', { locale: 'fr' });
    expect(french.sections.find((s) => s.id === 'stories')?.note).toBe(
      'Cette carte n’a pas encore de récit.',
    );
  });

  it('writes the PDF in steps, reporting progress, while the map still answers', async () => {
    const { service, dir } = await demo();
    const { job } = await call(service, 'report:start', { locale: 'en', pageSize: 'Letter' });
    // A report only reads: the map answers meanwhile.
    expect((await call(service, 'map:info', {}))?.settings.name).toBe('Lumo Hub launch (demo)');
    const seen = await settle(service, job);
    expect(seen.at(-1)?.state).toBe('done');
    const shares = seen.map((s) => s.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(seen.at(-1)?.pages).toBeGreaterThan(5);
    const { base64, fileName } = await call(service, 'report:result', { job });
    expect(fileName).toMatch(/^Lumo Hub launch \(demo\) - report \d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = Buffer.from(base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The result is handed over once.
    expect((await rawCall(service, 'report:result', { job })).ok).toBe(false);
    if (!POPPLER) return console.warn(NO_POPPLER);
    const file = join(dir, 'job.pdf');
    writeFileSync(file, bytes);
    expect(pdfText(file)).toContain('Lumo Hub launch (demo)');
  });

  it('stops when cancelled and hands nothing over', async () => {
    const { service } = await demo();
    const { job } = await call(service, 'report:start', { locale: 'fr' });
    expect(await call(service, 'report:cancel', { job })).toEqual({ cancelled: true });
    const seen = await settle(service, job);
    expect(seen.at(-1)?.state).toBe('cancelled');
    const result = await rawCall(service, 'report:result', { job });
    expect(result.ok).toBe(false);
    expect(await call(service, 'report:cancel', { job })).toEqual({ cancelled: false });
  });

  it('is heard while it lays out a big view, and stops there when cancelled', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.influmap');
    createMap(path, (db) => {
      seedGeneratedMap(db, {
        actors: 2_500,
        perActor: 4,
        planted: { communities: 5, inside: 0.8 },
      });
      db.prepare(
        "INSERT INTO saved_views (name, layout, is_default) VALUES ('Force', 'force', 1)",
      ).run();
    }).close();
    const service = makeService(dir);
    await call(service, 'map:open', { path });
    const { job } = await call(service, 'report:start', { locale: 'en', sections: ['maps'] });
    // The view has no stored positions: its force layout runs as steps of the job.
    for (;;) {
      const status = await call(service, 'report:progress', { job });
      expect(status.state).toBe('running');
      if (status.phase === 'drawing') break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await call(service, 'report:cancel', { job })).toEqual({ cancelled: true });
    expect((await settle(service, job)).at(-1)?.state).toBe('cancelled');
    expect((await rawCall(service, 'report:result', { job })).ok).toBe(false);
  });

  it('refuses options outside the contract before anything runs', async () => {
    const { service } = await demo();
    for (const input of [
      { locale: 'de' },
      { locale: 'en', sections: ['gossip'] },
      { locale: 'en', pageSize: 'A3' },
      { locale: 'en', cover: { date: '03/12/2026' } },
      { locale: 'en', viewIds: [] },
      { locale: 'en', extra: true },
    ]) {
      const result = await rawCall(service, 'report:start', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('prints the stories, one page per slide, and draws each slide for the player', async () => {
    const { service, dir } = await demo();
    const [view] = await call(service, 'view:list', {});
    const [journey] = await call(service, 'journey:list', {});
    const actors = await call(service, 'actor:list', {});
    const story = await call(service, 'story:create', { name: 'Board meeting' });
    const slide = await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'view',
      viewId: view?.id,
      title: 'Who speaks for us',
      caption: 'The two voices to brief first',
      actorIds: actors.slice(0, 2).map((a) => a.id),
    });
    await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'journey',
      journeyId: journey?.id,
      title: 'Where the persona is alone',
    });
    await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'risks',
      title: 'What could go wrong',
    });
    const drawn = await call(service, 'slide:render', { id: slide.id, locale: 'en' });
    // The picture says what it shows; the slide's title is the player's, not drawn twice.
    expect(drawn.svg).toContain(`Lumo Home · ${view?.name ?? '?'}`);
    expect(drawn.svg).not.toContain('Who speaks for us');
    expect(drawn.svg.match(/stroke="#e6a700"/g)).toHaveLength(2);
    expect(drawn.svg).not.toMatch(/<script/i);
    expect(drawn.width).toBeGreaterThan(100);
    const loop = await call(service, 'slide:render', {
      id: (await call(service, 'story:list', {}))[0]?.slides[1]?.id ?? slide.id,
      locale: 'fr',
    });
    expect(loop.svg).toContain('zone blanche');
    expect((await rawCall(service, 'slide:render', { id: 99_999, locale: 'en' })).ok).toBe(false);

    const { job } = await call(service, 'report:start', { locale: 'en', sections: ['stories'] });
    expect((await settle(service, job)).at(-1)?.state).toBe('done');
    if (!POPPLER) return console.warn(NO_POPPLER);
    const file = join(dir, 'stories.pdf');
    writeFileSync(
      file,
      Buffer.from((await call(service, 'report:result', { job })).base64, 'base64'),
    );
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Board meeting — Who speaks for us');
    expect(text).toContain('Slide 1 of 3 — The two voices to brief first');
    expect(text).toContain('Board meeting — What could go wrong');
  });
});
