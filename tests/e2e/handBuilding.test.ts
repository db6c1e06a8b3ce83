import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openApp, type AppSession } from './appSession';
import { nodeOnPage, type PageWatch } from './browser';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

async function addActor(page: Page, name: string, stance: string) {
  await page.click('text=Add actor');
  await page.fill('#new-actor-name', name);
  await page.selectOption('#new-actor-stance', stance);
  await page.click('form[aria-label="New actor"] button[type=submit]');
  await page.waitForSelector(`.inspector-name:text("${name}")`);
}

describe('building a map by hand, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    app = await openApp(tempDir());
    ({ page, watched } = app);
    await page.goto(app.serve.url);
    await page.waitForSelector('[data-testid=influence-map]');
    await page.click('text=Close map');
    await page.fill('#new-map-name', 'Water reuse 2027');
    await page.click('.inline-form button[type=submit]');
    await page.waitForSelector('.map-name:text("Water reuse 2027")');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a topic and a community', async () => {
    await page.click('[role=tab]:text("Communities")');
    await page.fill('form[aria-label="New: Communities"] input[aria-label=Name]', 'Local press');
    await page.click('form[aria-label="New: Communities"] button[type=submit]');
    await page.fill('form[aria-label="New: Topics"] input[aria-label=Name]', 'Water reuse');
    await page.click('form[aria-label="New: Topics"] button[type=submit]');
    await page.waitForSelector('[data-testid=topics] li');
    expect(await page.locator('[data-testid=communities] li').count()).toBe(1);
  });

  it('adds two actors on the map', async () => {
    await page.click('[role=tab]:text("Map")');
    await addActor(page, 'Alice Aval', '1');
    await addActor(page, 'Bruno Bief', '-2');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="2"]');
  });

  it('gives Alice a platform account, from which reach and tier follow', async () => {
    await page.fill('#view-search', 'alice');
    await page.press('#view-search', 'Enter');
    await page.waitForSelector('.inspector-name:text("Alice Aval")');
    await page.fill('#account-platform', 'youtube');
    await page.fill('#account-handle', '@alice-aval');
    await page.fill('#account-followers', '25000');
    await page.fill('#account-engagement', '4,5');
    await page.click('form[aria-label="New platform account"] button[type=submit]');
    await page.waitForSelector('[data-testid=accounts] li');
    expect(await page.textContent('[data-testid=actor-reach]')).toBe('25,000');
    expect(await page.textContent('[data-testid=actor-tier]')).toBe('Micro');
  });

  it('refuses negative followers next to the field, adding nothing', async () => {
    await page.fill('#account-platform', 'x');
    await page.fill('#account-handle', '@alice');
    await page.fill('#account-followers', '-3');
    await page.click('form[aria-label="New platform account"] button[type=submit]');
    await page.waitForSelector('[data-testid=account-followers-error]');
    expect(await page.locator('[data-testid=accounts] li').count()).toBe(1);
  });

  it('sets her relevance to the topic, joins the community, and logs an interaction', async () => {
    const slider = page.locator('[data-testid^=relevance-]');
    await slider.focus();
    for (let i = 0; i < 4; i += 1) await slider.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('.slider-row output')?.textContent === '0.20',
    );
    await page.selectOption('[data-testid=join-community]', { label: 'Local press' });
    await page.click('[data-testid=join-community] + button');
    await page.waitForSelector('[data-testid=actor-communities] li:text("Local press")');
    await page.fill('#interaction-date', '2026-11-02');
    await page.selectOption('#interaction-type', 'briefing');
    await page.fill('#interaction-outcome', 'Agreed to a site visit');
    await page.click('form[aria-label="New interaction"] button[type=submit]');
    await page.waitForSelector('[data-testid=timeline] li:has-text("Agreed to a site visit")');
  });

  it('draws a relation by dragging from Alice to Bruno, then types it in the inspector', async () => {
    await page.click('button:text("Draw relation")');
    const from = await nodeOnPage(page, 'a1');
    const to = await nodeOnPage(page, 'a2');
    if (!from || !to) throw new Error('actors 1 and 2 are not drawn');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('[data-testid=relation-inspector]');
    expect(await page.textContent('[data-testid=relation-inspector] .inspector-name')).toBe(
      'Alice Aval → Bruno Bief',
    );
    await page.selectOption('#relation-type', 'opposes');
    await page.fill('#relation-evidence', 'Op-ed of 2026-10-30');
    await page.press('#relation-evidence', 'Tab');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=influence-map]')?.getAttribute('data-edge-count') ===
        '1',
    );
    await page.click('button:text("Draw relation")');
    await page.screenshot({ path: join(shotsDir, 'hand-built-map.png') });
  });

  it('undoes and redoes across a page reload', async () => {
    await page.click('button:text("Undo")');
    await page.waitForFunction(
      () =>
        (document.querySelector('#relation-evidence') as HTMLTextAreaElement | null)?.value === '',
    );
    await page.reload();
    await page.waitForSelector('[data-testid=influence-map][data-node-count="2"]');
    expect(await page.isEnabled('button:text("Redo")')).toBe(true);
    await page.click('button:text("Redo")');
    await page.click('[role=tab]:text("Actors")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Alice Aval")');
    await page.click('[data-testid=actor-relations] button');
    await page.waitForFunction(
      () =>
        (document.querySelector('#relation-evidence') as HTMLTextAreaElement | null)?.value ===
        'Op-ed of 2026-10-30',
    );
  });

  it('finds it all in the table: reach, tier, topic, community, last contact', async () => {
    await page.click('[role=tab]:text("Actors")');
    await page.fill('[data-testid=filter-reach]', '>10k');
    await page.waitForSelector('[data-testid=table-summary]:text("1 of 2 actors")');
    const row = page.locator('[data-testid=table-body] [role=row]').first();
    const text = await row.textContent();
    for (const expected of [
      'Alice Aval',
      '+1 Sympathiser',
      'Micro',
      '25K',
      '4.5 %',
      'Water reuse 0.20',
      'Local press',
      '2026-11-02',
    ]) {
      expect(text).toContain(expected);
    }
    await page.fill('[data-testid=filter-reach]', '');
    await page.fill('[data-testid=filter-stance]', '<0');
    await page.waitForSelector('[data-testid=table-body] [role=row]:has-text("Bruno Bief")');
    expect(await page.locator('[data-testid=table-body] [role=row]').count()).toBe(1);
    await page.fill('[data-testid=filter-stance]', '');
    await page.screenshot({ path: join(shotsDir, 'actors-table.png') });
  });

  it('edits a cell in place and applies a bulk action to a multi-selection', async () => {
    await page.dblclick(
      '[data-testid=table-body] [role=row]:has-text("Bruno Bief") [role=gridcell] >> nth=10',
    );
    await page.fill('[data-testid=inline-edit]', 'BE');
    await page.press('[data-testid=inline-edit]', 'Enter');
    await page.waitForSelector(
      '[data-testid=table-body] [role=row]:has-text("Bruno Bief") [role=gridcell]:text-is("BE")',
    );
    await page.click('[data-testid=table-body] [role=row]:has-text("Alice Aval")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Bruno Bief")', {
      modifiers: ['Control'],
    });
    await page.waitForSelector('[data-testid=multi-inspector]');
    await page.fill('[data-testid=multi-inspector] input[aria-label=Tag]', 'watch-list');
    await page.click('[data-testid=multi-inspector] button:text("Add tag")');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=table-body] [role=row]').length === 2 &&
        [...document.querySelectorAll('[data-testid=table-body] [role=row]')].every((r) =>
          r.textContent?.includes('watch-list'),
        ),
    );
  });

  it('moves through the table with the keyboard and clears the selection with Escape', async () => {
    await page.click('[data-testid=table-body] [role=row]:has-text("Alice Aval")');
    await page.press('[data-testid=table-body]', 'ArrowDown');
    await page.waitForSelector('.inspector-name:text("Bruno Bief")');
    await page.press('[data-testid=table-body]', 'Escape');
    await page.waitForSelector('.inspector .empty-hint');
  });

  it('refuses impossible settings next to the field, and saves valid ones', async () => {
    await page.click('button:text("Settings")');
    await page.fill('#settings-macro', '500');
    await page.click('[data-testid=settings-dialog] button[type=submit]');
    await page.waitForSelector('[data-testid=settings-dialog] .field-error');
    await page.fill('#settings-macro', '100000');
    await page.fill('#settings-client', 'Eaux Claires');
    await page.click('[data-testid=settings-dialog] button[type=submit]');
    await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached' });
  });

  it('deletes the selected relation with the Delete key', async () => {
    await page.click('[role=tab]:text("Map")');
    await page.fill('#view-search', 'alice');
    await page.press('#view-search', 'Enter');
    await page.click('[data-testid=actor-relations] button');
    await page.waitForSelector('[data-testid=relation-inspector]');
    await page.locator('[data-testid=influence-map]').focus();
    await page.keyboard.press('Delete');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=influence-map]')?.getAttribute('data-edge-count') ===
        '0',
    );
  });

  it('had no page error or CSP violation', () => {
    expect(watched.problems, watched.problems.join('\n')).toEqual([]);
  });
});
