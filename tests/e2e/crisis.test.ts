import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

describe('the Crisis view and the influence score, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(tempDir());
    page = app.page;
    await page.goto(app.serve.url);
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ranks the demo detractor cluster first, with bridges and ally responders, and shows it on the map', async () => {
    await page.click('[role=tab]:text("Crisis")');
    await page.waitForSelector('[data-testid=hotspot]');
    const first = page.locator('[data-testid=hotspot]').first();
    await expect(first.locator('h3').textContent()).resolves.toContain('Privacy advocates');
    expect(await first.locator('[data-testid=bridges] li').count()).toBeGreaterThan(0);
    expect(await first.locator('[data-testid=responders] li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shotsDir, 'crisis-view.png') });
    await first.locator('[data-testid=show-cluster]').click();
    await page.waitForSelector('[data-testid=influence-map]');
    await page.waitForSelector('text=14 selected');
  });

  it('detects communities in a worker, keeps them as a proposal beside the hand-made ones, and discards it', async () => {
    await page.click('[role=tab]:text("Communities")');
    const listed = () => page.locator('[data-testid=communities] li').count();
    const before = await listed();
    await page.click('button:text("Detect communities (Louvain)")');
    await page.waitForSelector('[data-testid=proposal]');
    expect(await page.textContent('[data-testid=proposal]')).toMatch(
      /Proposed by detection: \d+ communities, modularity 0\.\d{3}/,
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=communities] li').length > n,
      before,
    );
    await page.screenshot({ path: join(shotsDir, 'detection-proposal.png') });
    await page.click('[data-testid=proposal] button:text("Discard")');
    await page.waitForSelector('[data-testid=proposal]', { state: 'detached' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=communities] li').length === n,
      before,
    );
    await page.click('[role=tab]:text("Map")');
  });

  it("explains an actor's influence score in the inspector", async () => {
    await page.fill('#view-search', 'Vigie');
    await page.press('#view-search', 'Enter');
    await page.waitForSelector('[data-testid=score-section]');
    const score = Number(await page.textContent('[data-testid=score-value]'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    for (const c of ['reach', 'resonance', 'relevance', 'centrality'])
      expect(await page.locator(`[data-testid=score-${c}]`).count()).toBe(1);
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });
});
