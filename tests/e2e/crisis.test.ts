import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

describe('the Crisis view and the influence score, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    page = app.page;
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

  it('shows what each community is made of, and drills down to its members on the map', async () => {
    await page.click('[role=tab]:text("Communities")');
    await page.waitForSelector('[data-testid=composition-item]');
    const privacy = page.locator('[data-testid=composition-item]', {
      hasText: 'Privacy advocates',
    });
    await expect(privacy.locator('.muted').first().textContent()).resolves.toMatch(
      /^14 members · total reach [\d,]+ · mean stance -1\.\d\d$/,
    );
    // The stance bar names every stance present; detractors dominate this one.
    const stanceBar = privacy.locator('.share-bar').first();
    await expect(stanceBar.getAttribute('aria-label')).resolves.toMatch(/Detractor: \d+/);
    expect(await privacy.locator('.share-bar').nth(1).locator('span').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shotsDir, 'communities-composition.png'), fullPage: true });
    await privacy.locator('button:text("Show on the map")').click();
    await page.waitForSelector('[data-testid=influence-map]');
    await page.waitForSelector('text=14 selected');
  });

  it('ranks actors per topic on the dashboard, keeps the result in the map, and draws audience overlap on demand', async () => {
    const edgesBefore = Number(
      await page.getAttribute('[data-testid=influence-map]', 'data-edge-count'),
    );
    expect(edgesBefore).toBeGreaterThan(0);
    await page.click('[role=tab]:text("Dashboard")');
    await page.waitForSelector('[data-testid=ranking-row]');
    const firstNames = () =>
      page.locator('[data-testid=ranking-row] td:nth-child(2)').allTextContents();
    const best = await firstNames();
    expect(best.length).toBeGreaterThan(10);
    const topics = await page.locator('[data-testid=ranking-topic] option').allTextContents();
    expect(topics.length).toBeGreaterThan(1);
    await page.selectOption('[data-testid=ranking-topic]', { label: topics[1] ?? '' });
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('[data-testid=ranking-row] td:nth-child(2)')]
          .map((td) => td.textContent)
          .join('|') !== before,
      best.join('|'),
    );
    await page.click('[data-testid=magic-only]');
    const magic = await page.locator('[data-testid=ranking-row]').count();
    expect(magic).toBeLessThan(best.length);
    expect(await page.locator('[data-testid=ranking-row].magic-middle').count()).toBe(magic);
    expect(await page.locator('[data-testid=overlap-row]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shotsDir, 'dashboard.png'), fullPage: true });

    // Both scopes were kept in the map file, with their fingerprints.
    // Both scopes were kept in the map (asked through the API, as the app does: the open map is
    // locked against other programs).
    const kept = await page.evaluate(async (token) => {
      const scopes: string[] = [];
      for (const scope of ['best', ...Array.from({ length: 20 }, (_, i) => `topic:${i + 1}`)]) {
        const response = await fetch('/api/analysis%3Aget', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ scope }),
        });
        const body = (await response.json()) as { ok: boolean; value: unknown };
        if (body.ok && body.value) scopes.push(scope);
      }
      return scopes;
    }, app.serve.token);
    expect(kept).toContain('best');
    expect(kept.some((scope) => /^topic:\d+$/.test(scope))).toBe(true);

    await page.click('[data-testid=show-overlap-links]');
    await page.waitForSelector('[data-testid=overlap-note]');
    const edgesAfter = Number(
      await page.getAttribute('[data-testid=influence-map]', 'data-edge-count'),
    );
    expect(edgesAfter).toBeGreaterThan(edgesBefore);
    await page.waitForSelector('[data-testid=layout-progress]', { state: 'detached' });
    await page.screenshot({ path: join(shotsDir, 'overlap-links.png') });
    await page.click('[data-testid=overlap-note] button');
    await page.waitForSelector('[data-testid=overlap-note]', { state: 'detached' });
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
