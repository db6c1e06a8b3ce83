import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './appSession';
import { paintedPixels, type PageWatch } from './browser';
import { tempDirs } from '../helpers/tempDir';
import { createMap } from '../../db/file/openMap';
import { journalPathOf } from '../../db/file/rollbackJournal';
import { createRepositories } from '../../db/repositories';
import { sha256 } from '../helpers/fileState';
import { foreignJournal } from '../helpers/foreignJournal';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

const nodeCount = async (page: Page) =>
  Number(await page.getAttribute('[data-testid=influence-map]', 'data-node-count'));
const waitForNodes = (page: Page, n: number) =>
  page.waitForSelector(`[data-testid=influence-map][data-node-count="${n}"]`, { timeout: 15_000 });

describe('browser mode, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;
  let watched: PageWatch;
  let demoActors: number;
  let dir: string;

  beforeAll(async () => {
    mkdirSync(shotsDir, { recursive: true });
    dir = tempDir();
    app = await openApp(dir);
    ({ page, watched } = app);
  });
  afterAll(async () => {
    // serve stops cleanly on SIGTERM: exit code 0.
    expect(await app?.close()).toBe(0);
  });

  it('opens the demo map on first start and draws its actors', async () => {
    await page.goto(app.serve.url);
    await page.waitForSelector(
      '[data-testid=influence-map][data-node-count]:not([data-node-count="0"])',
      { timeout: 15_000 },
    );
    demoActors = await nodeCount(page);
    expect(demoActors).toBeGreaterThanOrEqual(55);
    expect(await page.textContent('[data-testid=map-summary]')).toContain(`${demoActors} actors`);
    expect(await page.textContent('.map-name')).toContain('Lumo Hub launch');
    expect(page.url()).not.toContain('token=');
    expect(await paintedPixels(page)).toBeGreaterThan(5_000);
    expect(await page.isVisible('.legend')).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'demo-map.png') });
  });

  it('creates an actor that appears on the map and in the inspector', async () => {
    await page.click('text=Add actor');
    await page.fill('#new-actor-name', 'Zélie Testeuse');
    await page.selectOption('#new-actor-stance', '-2');
    await page.click('form[aria-label="New actor"] button[type=submit]');
    await waitForNodes(page, demoActors + 1);
    await page.waitForSelector('.inspector-name:text("Zélie Testeuse")');
    expect(await page.inputValue('#actor-stance')).toBe('-2');
    expect(await page.isEnabled('text=Undo')).toBe(true);
  });

  it('refuses an empty name next to the field, creating nothing', async () => {
    await page.click('text=Add actor');
    await page.fill('#new-actor-name', '   ');
    await page.click('form[aria-label="New actor"] button[type=submit]');
    await page.waitForSelector('[data-testid=new-actor-name-error]');
    expect(await nodeCount(page)).toBe(demoActors + 1);
    await page.click('form[aria-label="New actor"] >> text=Cancel');
  });

  it('undoes the creation: the actor is gone from the map and the inspector', async () => {
    await page.click('text=Undo');
    await waitForNodes(page, demoActors);
    expect(await page.isVisible('.inspector-name')).toBe(false);
    expect(await page.isEnabled('text=Redo')).toBe(true);
  });

  it('keeps the state across a page reload, history included', async () => {
    await page.reload();
    await waitForNodes(page, demoActors);
    expect(await page.isEnabled('text=Redo')).toBe(true);
    await page.click('text=Redo');
    await waitForNodes(page, demoActors + 1);
    await page.reload();
    await waitForNodes(page, demoActors + 1);
  });

  it('edits an actor in the inspector, validated next to the field, and undoes it', async () => {
    await page.click('text=Add actor');
    await page.fill('#new-actor-name', 'Ines Inspecte');
    await page.click('form[aria-label="New actor"] button[type=submit]');
    await page.waitForSelector('.inspector-name:text("Ines Inspecte")');
    await page.fill('#actor-name', 'x'.repeat(301));
    await page.press('#actor-name', 'Enter');
    await page.waitForSelector('[data-testid=actor-name-error]');
    await page.fill('#actor-name', 'Inès Inspectée');
    await page.press('#actor-name', 'Enter');
    await page.waitForSelector('.inspector-name:text("Inès Inspectée")');
    await page.selectOption('#actor-offline-stance', '-2');
    await page.waitForSelector('.flag');
    await page.click('text=Undo');
    await page.waitForSelector('.flag', { state: 'detached' });
    expect(await page.textContent('.inspector-name')).toBe('Inès Inspectée');
  });

  it('shows names holding HTML or script as text, running nothing', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.click('text=Add actor');
    await page.fill('#new-actor-name', payload);
    await page.click('form[aria-label="New actor"] button[type=submit]');
    await page.waitForFunction(
      (name) => document.querySelector('.inspector-name')?.textContent === name,
      payload,
    );
    expect(await page.locator('.inspector img').count()).toBe(0);
  });

  it('refuses API calls without the token (401)', async () => {
    const status = await page.evaluate(
      async () =>
        (
          await fetch('/api/graph:get', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{}',
          })
        ).status,
    );
    expect(status).toBe(401);
    expect(watched.takeExpected(/401/)).toHaveLength(1);
  });

  it('runs no injected inline script or handler, under the content security policy', async () => {
    // Even if markup were ever injected, the CSP (script-src 'self') must stop it from running.
    const ran = await page.evaluate(async () => {
      const marker = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handlerRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      script.remove();
      image.remove();
      return [marker.__inlineRan === true, marker.__handlerRan === true];
    });
    expect(ran).toEqual([false, false]);
    // The two refusals are logged as console errors: expected here, and only here.
    expect(watched.takeExpected(/Content Security Policy/).length).toBeGreaterThanOrEqual(1);
  });

  it('switches to French, remembers it, and the analytics views speak it', async () => {
    await page.selectOption('[data-testid=language]', 'fr');
    await page.waitForSelector('button:text("Annuler")');
    await page.reload();
    await page.waitForSelector('[role=tab]:text("Carte")');
    await page.click('[role=tab]:text("Tableau de bord")');
    await page.waitForSelector('[data-testid=ranking-row]');
    expect(await page.textContent('[data-testid=view-dashboard]')).toContain(
      'Classement par score d’influence',
    );
    await page.click('[role=tab]:text("Crise")');
    await page.waitForSelector('[data-testid=hotspot]');
    expect(await page.textContent('[data-testid=view-crisis]')).toContain('Foyers de risque');
    await page.screenshot({ path: join(shotsDir, 'french-crisis.png') });
    await page.click('[role=tab]:text("Carte")');
    await page.selectOption('[data-testid=language]', 'en');
  });

  it('closes the map to the start screen, which lists it among recent maps', async () => {
    await page.click('text=Close map');
    await page.waitForSelector('text=Recent maps');
    expect(await page.textContent('.recent-list')).toContain('Lumo Hub launch (demo)');
    await page.screenshot({ path: join(shotsDir, 'start-screen.png') });
  });

  it('opens maps from the maps folder only: a path elsewhere is refused, saying where maps go', async () => {
    expect(await page.textContent('.start-actions')).toContain('A map in ');
    await page.fill('#open-map-path', '/etc/passwd');
    await page.click('#open-map-path ~ button[type=submit]');
    const notice = await page.waitForSelector('[data-testid=notice]');
    expect(await notice.textContent()).toMatch(/\/etc\/passwd is outside the folders you chose/);
    await page.screenshot({ path: join(shotsDir, 'start-path-refused.png') });
    // Still on the start screen, nothing opened.
    expect(await page.isVisible('text=Recent maps')).toBe(true);
    await page.fill('#open-map-path', '');
  });

  it('refuses a map whose journal is not its own, then opens it as it is at the user’s word', async () => {
    const path = join(dir, 'maps', 'restored.influmap');
    mkdirSync(join(dir, 'maps'), { recursive: true });
    createMap(path, (db) => createRepositories(db).settings.set({ name: 'Restored copy' })).close();
    writeFileSync(journalPathOf(path), foreignJournal());
    const before = sha256(path);
    await page.fill('#open-map-path', path);
    await page.click('#open-map-path ~ button[type=submit]');
    const notice = await page.waitForSelector(
      '[data-testid=notice]:has-text("not written by this map")',
    );
    expect(await notice.textContent()).toContain('restored.influmap-journal');
    expect(sha256(path)).toBe(before);
    await page.screenshot({ path: join(shotsDir, 'foreign-journal.png') });
    await page.click('[data-testid=set-journal-aside]');
    await page.waitForSelector('.map-name:text("Restored copy")');
    expect(existsSync(journalPathOf(path))).toBe(false);
    // The window says where the journal went.
    const moved = await page.waitForSelector('[data-testid=journal-set-aside]');
    expect(await moved.textContent()).toMatch(
      /was moved to .*restored\.influmap-journal\.set-aside-/,
    );
    await moved.$eval('button', (b) => (b as HTMLButtonElement).click());
    await page.waitForSelector('[data-testid=journal-set-aside]', { state: 'detached' });
    expect(readdirSync(join(dir, 'maps')).some((f) => f.includes('-journal.set-aside-'))).toBe(
      true,
    );
    await page.click('text=Close map');
    await page.waitForSelector('text=Recent maps');
  });

  it('creates a new map where an old map’s journal was left, and says the journal was set aside', async () => {
    const journal = join(dir, 'maps', 'Reused name.influmap-journal');
    writeFileSync(journal, foreignJournal());
    await page.fill('#new-map-name', 'Reused name');
    await page.click('.inline-form button[type=submit]');
    await page.waitForSelector('.map-name:text("Reused name")');
    const moved = await page.waitForSelector('[data-testid=journal-set-aside]');
    expect(await moved.textContent()).toContain('Reused name.influmap-journal.set-aside-');
    expect(existsSync(journal)).toBe(false);
    await page.screenshot({ path: join(shotsDir, 'journal-set-aside.png') });
    await moved.$eval('button', (b) => (b as HTMLButtonElement).click());
    await page.click('text=Close map');
    await page.waitForSelector('text=Recent maps');
  });

  it('creates a new empty map from the start screen', async () => {
    await page.fill('#new-map-name', 'Client water 2027');
    await page.click('.inline-form button[type=submit]');
    await page.waitForSelector('.map-name:text("Client water 2027")');
    await waitForNodes(page, 0);
    expect(await page.textContent('.empty-hint')).toContain('no actors yet');
  });

  it('had no page error, CSP violation or unexpected dialog', () => {
    expect(watched.problems, watched.problems.join('\n')).toEqual([]);
  });
});
