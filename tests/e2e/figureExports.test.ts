import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPng } from '../helpers/png';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();

/** What a print would have: recorded by the stubbed `window.print` (no dialog in a test). */
type Printed = { picture: number; rows: number; ready: string | null };
declare global {
  interface Window {
    printed?: Printed;
  }
}

async function saved(download: Download, dir: string): Promise<Buffer> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

describe('every view exports and prints, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;
  const dir = tempDir();

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    page = app.page;
    // What the page would print, recorded when it asks to (the dialog itself is the OS's).
    await page.evaluate(() => {
      window.print = () => {
        const picture = document.querySelector<HTMLImageElement>('.print-picture[src]');
        window.printed = {
          picture: picture?.naturalWidth ?? 0,
          rows: document.querySelectorAll('.print-table tbody tr').length,
          ready: document.documentElement.dataset.printing ?? null,
        };
      };
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const exportFrom = async (menu: string, group: string | null, entry: string) => {
    await page.click(`[data-testid=${menu}] > summary`);
    const scope = group
      ? page.locator(`[data-testid=${menu}] [role=group][aria-label="${group}"]`)
      : page.locator(`[data-testid=${menu}]`);
    const downloading = page.waitForEvent('download');
    await scope.locator('[role=menuitem]', { hasText: entry }).first().click();
    return downloading;
  };

  it('exports the journey loop and lanes with stage names, moments of truth, white spots and exposure', async () => {
    await page.click('[role=tab]:text("Journey")');
    await page.waitForSelector('[data-testid=path-summary]');
    const loop = await exportFrom('journey-export', 'Loop', 'SVG');
    expect(loop.suggestedFilename()).toBe('First smart-home hub - loop.svg');
    const svg = (await saved(loop, dir)).toString('utf8');
    for (const stage of ['Awareness', 'Consideration', '★ Purchase', 'Loyalty'])
      expect(svg).toContain(stage);
    expect(svg).toContain('white spot');
    expect(svg).toMatch(/⚠ \d/);
    const lanes = await exportFrom('journey-export', 'Lanes', 'SVG');
    const lanesSvg = (await saved(lanes, dir)).toString('utf8');
    expect(lanesSvg).toContain('Sacha Lemerle');
    expect(lanesSvg).toContain('Path score');
    const png = await exportFrom('journey-export', 'Lanes', 'PNG, print size');
    expect(png.suggestedFilename()).toBe('First smart-home hub - lanes.png');
    const picture = readPng(await saved(png, dir));
    expect(picture.width).toBeGreaterThanOrEqual(1600);
    expect(picture.distinctPixels).toBeGreaterThan(50);
  });

  it('exports the risk hotspots', async () => {
    await page.click('[role=tab]:text("Crisis")');
    await page.waitForSelector('[data-testid=hotspot]');
    const download = await exportFrom('crisis-export', null, 'SVG');
    const svg = (await saved(download, dir)).toString('utf8');
    expect(svg).toContain('Privacy advocates');
    expect(svg).toContain('Ally responders');
  });

  it('prints the map as its vector picture, without the toolbars', async () => {
    await page.click('[role=tab]:text("Map")');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
    await page.evaluate(() => delete window.printed);
    await page.keyboard.press('Control+p');
    const printed = await page.waitForFunction(() => window.printed ?? null);
    const state = (await printed.jsonValue()) as Printed;
    expect(state.ready).toBe('ready');
    expect(state.picture).toBeGreaterThan(700);
    // Afterwards the screen is as it was.
    expect(await page.locator('.print-picture[src]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.app-header')).toBe(false);
    expect(await page.isVisible('.inspector')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints every row of the actors table, not the few in view', async () => {
    await page.click('[role=tab]:text("Actors")');
    await page.waitForSelector('[data-testid=table-summary]');
    await page.evaluate(() => delete window.printed);
    await page.keyboard.press('Control+p');
    const printed = await page.waitForFunction(() => window.printed ?? null);
    expect(((await printed.jsonValue()) as Printed).rows).toBe(60);
    expect(await page.locator('[data-testid=print-table]').count()).toBe(0);
  });
});
