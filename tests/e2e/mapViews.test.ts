import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPng } from '../helpers/png';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';
import { nodeOnPage, type PageWatch } from './browser';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

/** A node's position in the map's own coordinates (what the view saves). */
async function modelPosition(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    const map = document.querySelector('[data-testid=influence-map]') as
      (HTMLElement & { positionOf?: (n: string) => { x: number; y: number } | null }) | null;
    return map?.positionOf?.(id) ?? null;
  }, nodeId);
}

describe('map views and positions, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    ({ page, watched } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps a dragged actor where it was put, across a reload, and undo moves it back', async () => {
    const before = await nodeOnPage(page, 'a1');
    if (!before) throw new Error('actor 1 is not drawn');
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 80, before.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForSelector('button:text("Undo"):not([disabled])');
    const dropped = await nodeOnPage(page, 'a1');
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

  it('outlines each community as a hull under its members; the view can turn outlines off', async () => {
    // The default view was laid out as rings above: hulls need a layout that groups members.
    await page.selectOption('[data-testid=layout-select]', 'communities');
    await page.click('button:text("Lay out")');
    await page.waitForSelector('[data-testid=map-backdrop][data-hulls="3"]');
    const names = await page.locator('[data-testid=map-backdrop] .hull-name').allTextContents();
    expect(names.sort()).toEqual(['Makers & tech fans', 'Press & experts', 'Privacy advocates']);
    await expect(page.locator('.legend-section:has-text("Communities")').count()).resolves.toBe(1);
    await page.click('[data-testid=hulls-toggle]');
    await page.waitForSelector('[data-testid=map-backdrop][data-hulls="0"]');
    await page.click('[data-testid=hulls-toggle]');
    await page.waitForSelector('[data-testid=map-backdrop][data-hulls="3"]');
    await page.screenshot({ path: join(shotsDir, 'community-hulls.png') });
  });

  it('lays out the journey lanes with each stage named above its column', async () => {
    await page.selectOption('[data-testid=layout-select]', 'lanes');
    await page.click('button:text("Lay out")');
    await page.waitForSelector('[data-testid=map-backdrop] .lane-heading');
    const headings = await page
      .locator('[data-testid=map-backdrop] .lane-heading')
      .allTextContents();
    // The demo journey's seven stages, then the actors placed nowhere.
    expect(headings).toHaveLength(8);
    expect(headings.at(-1)).toBe('Not placed on the journey');
    expect(headings.filter((h) => h.startsWith('★ ')).length).toBeGreaterThan(0);
    // Communities spread over every column: no hull on lanes.
    expect(await page.getAttribute('[data-testid=map-backdrop]', 'data-hulls')).toBe('0');
    await page.screenshot({ path: join(shotsDir, 'journey-lanes.png') });
    await page.selectOption('[data-testid=layout-select]', 'force');
    await page.click('button:text("Lay out")');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=map-backdrop] .lane-heading').length === 0,
    );
  });

  const visibleNodes = (page: Page) =>
    page.evaluate(() => {
      const map = document.querySelector('[data-testid=influence-map]');
      return (
        Number(map?.getAttribute('data-node-count')) -
        Number(map?.getAttribute('data-hidden-count'))
      );
    });

  it('filters the map by stance and tier, kept in the view across a reload', async () => {
    await page.click('[data-testid=filters-toggle]');
    await page.click('[data-testid=filters-panel] button:text("Detractor")');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=influence-map]')?.getAttribute('data-hidden-count') !==
        '0',
    );
    const detractors = await visibleNodes(page);
    expect(detractors).toBeGreaterThan(3);
    expect(detractors).toBeLessThan(20);
    await page.click('[data-testid=filters-panel] button:text("Macro")');
    await page.waitForFunction((n) => {
      const map = document.querySelector('[data-testid=influence-map]');
      return (
        Number(map?.getAttribute('data-node-count')) -
          Number(map?.getAttribute('data-hidden-count')) <
        n
      );
    }, detractors);
    const narrowed = await visibleNodes(page);
    await page.reload();
    await page.waitForSelector('[data-testid=filters-toggle]:text("Filters (2)")');
    await page.waitForFunction((n) => {
      const map = document.querySelector('[data-testid=influence-map]');
      return (
        Number(map?.getAttribute('data-node-count')) -
          Number(map?.getAttribute('data-hidden-count')) ===
        n
      );
    }, narrowed);
    await page.click('[data-testid=filters-toggle]');
    await page.click('[data-testid=filters-panel] button:text("Clear filters")');
    await page.waitForSelector('[data-testid=influence-map][data-hidden-count="0"]');
  });

  it('focuses on an actor one step out, then shows all again', async () => {
    await page.fill('#view-search', 'Vigie');
    await page.press('#view-search', 'Enter');
    await page.waitForSelector('.inspector-name:text("Vigie Numérique")');
    await page.click('button:text("Focus")');
    await page.waitForSelector('[data-testid=focus-on]');
    const around = await visibleNodes(page);
    expect(around).toBeGreaterThan(2);
    expect(around).toBeLessThan(30);
    await page.click('button:text("Show all")');
    await page.waitForSelector('[data-testid=influence-map][data-hidden-count="0"]');
  });

  it('finds who can introduce us: the strongest path between two selected actors, highlighted and listed', async () => {
    await page.click('[role=tab]:text("Actors")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Lumo Home")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Karim Delahaye")', {
      modifiers: ['Control'],
    });
    await page.click('[role=tab]:text("Map")');
    await page.click('[data-testid=path-finder] button');
    await page.waitForSelector('[data-testid=path-steps] li');
    const steps = await page.locator('[data-testid=path-steps] li').allTextContents();
    expect(steps[0]).toContain('Lumo Home');
    expect(steps.at(-1)).toContain('Karim Delahaye');
    expect(Number(await page.getAttribute('[data-testid=influence-map]', 'data-path-length'))).toBe(
      steps.length,
    );
    await page.screenshot({ path: join(shotsDir, 'strongest-path.png') });
    await page.click('button:text("Clear path")');
  });

  it('exports the view as SVG and PNG 2× (a download in browser mode), with its title and legend', async () => {
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.selectOption('[data-testid=export-select]', 'svg'),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('Lumo Hub launch (demo).svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toContain('Lumo Hub launch (demo)');
    expect(svg).toContain('Ambassador');
    expect(svg).not.toMatch(/<script/i);
    expect(svg.match(/<path d=/g)?.length).toBeGreaterThan(60);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.selectOption('[data-testid=export-select]', '2'),
    ]);
    const png = readPng(readFileSync(await pngDownload.path()));
    const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
    expect(Math.abs(png.width - width * 2)).toBeLessThanOrEqual(2);
    expect(png.distinctPixels).toBeGreaterThan(50);
  });

  it('groups actors by community into one node each, and a double-click opens one', async () => {
    await page.click('[data-testid=collapse-all]');
    // Three communities, plus the actors in none.
    await page.waitForSelector('[data-testid=influence-map][data-node-count="4"]');
    const group = await page.evaluate(() => {
      const map = document.querySelector('[data-testid=influence-map]') as
        | (HTMLElement & { renderedPositionOf?: (n: string) => { x: number; y: number } | null })
        | null;
      const rect = map?.getBoundingClientRect();
      const p = map?.renderedPositionOf?.('c3');
      return rect && p ? { x: rect.left + p.x, y: rect.top + p.y } : null;
    });
    if (!group) throw new Error('the "Privacy advocates" group is not drawn');
    await page.mouse.dblclick(group.x, group.y);
    // Its 14 members come back; the other three groups stay closed.
    await page.waitForSelector('[data-testid=influence-map][data-node-count="17"]');
    await page.screenshot({ path: join(shotsDir, 'communities-collapsed.png') });
    // The export draws what is shown: collapsed communities as one node, the open one outlined.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.selectOption('[data-testid=export-select]', 'svg'),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/Makers &#38; tech fans \(\d+\)/);
    expect(svg).toMatch(/Press &#38; experts \(\d+\)/);
    expect(/<g id="communities">(.*?)<\/g>/s.exec(svg)?.[1]).toContain('Privacy advocates');
    expect(svg).toContain('collapsed community');
    await page.click('[data-testid=expand-all]');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
  });

  it('had no page error or CSP violation (the layout worker runs under the CSP)', () => {
    expect(watched.problems, watched.problems.join('\n')).toEqual([]);
  });
});
