import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { launchChromium, watchPage, type PageWatch } from './browser';
import { startServe, type ServeProcess } from './serveProcess';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

/** A node's model position (what is saved) and where it is on the page (where to grab it). */
async function nodeAt(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    const map = document.querySelector('[data-testid=influence-map]') as
      | (HTMLElement & { renderedPositionOf?: (n: string) => { x: number; y: number } | null })
      | null;
    const rect = map?.getBoundingClientRect();
    const rendered = map?.renderedPositionOf?.(id);
    return rect && rendered ? { x: rect.left + rendered.x, y: rect.top + rendered.y } : null;
  }, nodeId);
}

/** A node's position in the map's own coordinates (what the view saves). */
async function modelPosition(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    const map = document.querySelector('[data-testid=influence-map]') as
      (HTMLElement & { positionOf?: (n: string) => { x: number; y: number } | null }) | null;
    return map?.positionOf?.(id) ?? null;
  }, nodeId);
}

describe('map views and positions, end to end in Chromium', () => {
  let browser: Browser;
  let serve: ServeProcess;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    const dir = tempDir();
    serve = await startServe({ userData: join(dir, 'user-data'), maps: join(dir, 'maps') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    watched = watchPage(page);
    await page.goto(serve.url);
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('keeps a dragged actor where it was put, across a reload, and undo moves it back', async () => {
    const before = await nodeAt(page, 'a1');
    if (!before) throw new Error('actor 1 is not drawn');
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 80, before.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForSelector('button:text("Undo"):not([disabled])');
    const dropped = await nodeAt(page, 'a1');
    expect(Math.hypot((dropped?.x ?? 0) - before.x, (dropped?.y ?? 0) - before.y)).toBeGreaterThan(
      50,
    );

    const saved = await modelPosition(page, 'a1');
    await page.reload();
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
    expect(await modelPosition(page, 'a1')).toEqual(saved);

    await page.click('button:text("Undo")');
    await page.waitForFunction((p) => {
      const map = document.querySelector('[data-testid=influence-map]') as
        (HTMLElement & { positionOf?: (n: string) => { x: number; y: number } | null }) | null;
      const now = map?.positionOf?.('a1');
      return (
        now !== null &&
        now !== undefined &&
        Math.hypot(now.x - (p?.x ?? 0), now.y - (p?.y ?? 0)) > 20
      );
    }, saved);
  });

  it('applies a layout with progress, keeps it in the view, and a saved view can be switched to', async () => {
    await page.selectOption('[data-testid=layout-select]', 'concentric');
    await page.click('button:text("Lay out")');
    await page.waitForSelector('button:text("Lay out"):not([disabled])');
    await page.click('button:text("Save as view…")');
    await page.fill('[data-testid=view-name]', 'Radar');
    await page.click('.view-bar button[type=submit]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=view-select] option')].some(
        (o) => o.textContent === 'Radar',
      ),
    );
    expect(await page.inputValue('[data-testid=view-select]')).not.toBe('');
    await page.selectOption('[data-testid=layout-select]', 'force');
    await page.click('button:text("Lay out")');
    await page.waitForSelector('button:text("Lay out"):not([disabled])');
    await page.screenshot({ path: join(shotsDir, 'force-layout.png') });
    await page.reload();
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
    const options = await page.locator('[data-testid=view-select] option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Overview', 'Radar']));
  });

  it('had no page error or CSP violation (the layout worker runs under the CSP)', () => {
    expect(watched.problems, watched.problems.join('\n')).toEqual([]);
  });
});
