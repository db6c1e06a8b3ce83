import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
import { isoWeek, shareOfVoice } from '../../shared/analytics/shareOfVoice';
import { call, graphOf, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** A French listening-tool export: `;`, Windows-1252, French dates and sentiment words. */
const EXPORT = Buffer.from(
  Uint8Array.from(
    [
      ...('Date;Auteur;Sujet;Tonalité;Portée;Engagement;URL\r\n' +
        '02/03/2026;@lumo-home;Smart-home privacy;positif;12000;340;https://ex.test/1\r\n' +
        '03/03/2026;@domova;Smart-home privacy;négatif;50000;900;https://ex.test/2\r\n' +
        '04/03/2026;@vigie-numerique;Smart-home privacy;négatif;8000;120;https://ex.test/3\r\n' +
        '10/03/2026;@someone-else;Smart-home privacy;neutre;300;4;https://ex.test/4\r\n' +
        '10/03/2026;@adele-fontanaz;Énergie verte;0,5;900;30;https://ex.test/5\r\n'),
    ].map((c) => c.charCodeAt(0)),
  ),
);
const files = { files: [{ name: 'talkwalker.csv', base64: EXPORT.toString('base64') }] };

async function demoService() {
  const dir = tempDir();
  const path = join(dir, 'demo.influmap');
  createMap(path, seedDemoMap).close();
  const service = makeService(dir);
  await call(service, 'map:open', { path });
  return service;
}

describe('mentions from listening tools', () => {
  it('stores mentions matched by handle, and sums share of voice and weekly sentiment per topic', async () => {
    const service = await demoService();
    const summary = await call(service, 'import:apply', files);
    expect(summary.files[0]).toMatchObject({ kind: 'mentions', rows: 5 });
    expect(summary.mentions).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
      unmatched: 1,
      topics: 1,
    });
    const voice = await call(service, 'mention:summary', {});
    const privacy = (await graphOf(service)).topics.find(
      (t) => t.name === 'Smart-home privacy',
    )?.id;
    const row = voice.topics.find((t) => t.topicId === privacy);
    expect(row).toMatchObject({ mentions: 4, own: 1, competitor: 1, other: 2, share: 0.25 });
    expect(row?.sentiment).toBeCloseTo((1 - 1 - 1 + 0) / 4, 9);
    expect(row?.timeline).toEqual([
      { week: '2026-W10', mentions: 3, sentiment: -1 / 3 },
      { week: '2026-W11', mentions: 1, sentiment: 0 },
    ]);
    // A new topic from the export, and the employee's mention counted as our voice.
    const green = voice.topics.find((t) => t.topicId !== privacy);
    expect(green).toMatchObject({ mentions: 1, own: 1, share: 1, sentiment: 0.5 });
    expect(voice.unmatched).toBe(1);
    // Importing the same export again changes nothing.
    const again = await call(service, 'import:apply', files);
    expect(again.mentions).toMatchObject({ created: 0, unchanged: 5 });
    service.close();
  });

  it('refuses a sentiment it cannot read, naming line and field', async () => {
    const service = await demoService();
    const bad = Buffer.from('date,author,sentiment\n2026-03-02,@domova,very bad\n');
    expect(
      await rawCall(service, 'import:apply', {
        files: [{ name: 'bad.csv', base64: bad.toString('base64') }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', line: 2, field: 'sentiment', reason: 'not-a-number' },
    });
    expect((await call(service, 'mention:summary', {})).topics).toEqual([]);
    service.close();
  });
});

describe('share of voice arithmetic', () => {
  it('counts ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2026-03-02')).toBe('2026-W10');
  });

  it('averages sentiment only over the mentions that have one', () => {
    const [topic] = shareOfVoice([
      {
        topicId: 1,
        week: '2026-W10',
        voice: 'own',
        mentions: 3,
        sentimentSum: 1,
        withSentiment: 2,
        reach: 0,
      },
      {
        topicId: 1,
        week: '2026-W10',
        voice: 'other',
        mentions: 1,
        sentimentSum: 0,
        withSentiment: 0,
        reach: 0,
      },
    ]);
    expect(topic).toMatchObject({ mentions: 4, own: 3, share: 0.75, sentiment: 0.5 });
  });
});
