import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';
import { nodeOnPage } from './browser';

const tempDir = tempDirs();

/** The API methods the page calls from now on, in order (browser mode: `POST /api/<method>`). */
function recordCalls(page: Page) {
  const calls: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/'))
      calls.push(decodeURIComponent(url.pathname.slice('/api/'.length)));
  };
  page.on('request', onRequest);
  return {
    calls,
    stop: () => page.off('request', onRequest),
  };
}

describe('an edit reads again only what it changed, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    ({ page } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('selecting an actor reads what the inspector shows, once', async () => {
    const a1 = await nodeOnPage(page, 'a1');
    if (!a1) throw new Error('actor 1 is not drawn');
    const record = recordCalls(page);
    await page.mouse.click(a1.x, a1.y);
    await page.waitForSelector('.inspector-name:text("Lumo Home")');
    // The score comes from the analysis (a worker); the result is kept in the map as it shows.
    await page.waitForSelector('[data-testid=score-value]');
    await page.waitForSelector('[data-calls="0"]');
    record.stop();
    // The inspector's own reads, each asked once; never the map or its graph again.
    expect(new Set(record.calls).size).toBe(record.calls.length);
    expect(record.calls).toContain('actor:get');
    expect(record.calls).not.toContain('graph:get');
    expect(record.calls).not.toContain('map:info');
  });

  it('a drag, with an actor selected, saves the positions and reads the positions again: 2 calls', async () => {
    const a1 = await nodeOnPage(page, 'a1');
    if (!a1) throw new Error('actor 1 is not drawn');
    const record = recordCalls(page);
    await page.mouse.move(a1.x, a1.y);
    await page.mouse.down();
    await page.mouse.move(a1.x + 80, a1.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForSelector('button:text("Undo"):not([disabled])');
    await page.waitForSelector('[data-calls="0"]');
    record.stop();
    expect(record.calls).toEqual(['view:save-positions', 'view:get']);
    // The history came with the change: the undo button names it without asking.
    expect(await page.getAttribute('button:text("Undo")', 'title')).toMatch(/move actors/);
  });

  it('a rename reads again the actor reads and the map’s counts, nothing else', async () => {
    const record = recordCalls(page);
    await page.fill('#actor-name', 'Lumo Maison');
    await page.press('#actor-name', 'Enter');
    await page.waitForSelector('.inspector-name:text("Lumo Maison")');
    await page.waitForSelector('[data-calls="0"]');
    record.stop();
    expect(record.calls[0]).toBe('actor:update');
    expect(record.calls).toEqual(expect.arrayContaining(['actor:get', 'graph:get', 'map:info']));
    // Positions, journeys, campaigns, views and stories did not change: not asked again.
    for (const untouched of [
      'view:get',
      'view:list',
      'journey:list',
      'campaign:list',
      'story:list',
    ])
      expect(record.calls).not.toContain(untouched);
    expect(new Set(record.calls).size).toBe(record.calls.length);
    expect(record.calls.length).toBeLessThanOrEqual(8);
  });
});
