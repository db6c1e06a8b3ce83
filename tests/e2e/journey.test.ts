import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

describe('the Journey view, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    page = app.page;
    await page.click('[role=tab]:text("Journey")');
    await page.waitForSelector('[data-testid=path-summary]');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws the demo journey as a loop with its influence path, white spot and exposure', async () => {
    expect(await page.locator('[data-testid=loop-stage]').count()).toBe(7);
    await expect(page.textContent('[data-testid=path-summary]')).resolves.toMatch(
      /Influence path: [\d.]+ points, 1 white spots/,
    );
    const loyalty = page.locator('[data-testid=stage-lane]', {
      has: page.locator('input[value="Loyalty"]'),
    });
    await expect(loyalty.locator('.white-spot-note').count()).resolves.toBe(1);
    await expect(loyalty.locator('[data-testid=exposure]').textContent()).resolves.toContain(
      'Sacha Lemerle',
    );
    const loopLoyalty = page.locator('[data-testid=loop-stage].white-spot');
    expect(await loopLoyalty.count()).toBe(1);
    expect(await page.locator('[data-testid=path-voice]').count()).toBe(6);
    await page.screenshot({ path: join(shotsDir, 'journey-view.png'), fullPage: true });
  });

  it('selects a stage on the loop, and its actors on the map', async () => {
    const evaluation = page.locator('[data-testid=loop-stage]', { hasText: 'Evaluation' });
    await evaluation.click();
    await page.waitForSelector('text=4 selected');
    await expect(evaluation.getAttribute('class')).resolves.toContain('chosen');
  });

  it('creates a journey from a template and places an actor by dragging it onto a stage', async () => {
    await page.fill('input[placeholder="Persona or target"]', 'Young parents');
    await page.click('button:text("New journey")');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=loop-stage]').length === 8,
    );
    // Every stage is a white spot until someone is placed.
    await expect(page.textContent('[data-testid=path-summary]')).resolves.toContain(
      '8 white spots',
    );
    const trigger = page.locator('[data-testid=stage-lane]').first();
    const chip = page.locator('[data-testid=palette-actor]', { hasText: 'Clara Vennel' });
    await chip.dragTo(trigger);
    await trigger.locator('[data-testid=placement]', { hasText: 'Clara Vennel' }).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=path-summary]')?.textContent?.includes('7 white spots'),
    );
    // Legitimacy edited in place, one undoable action.
    const legitimacy = trigger.locator('[data-testid=placement] input[type=number]');
    await legitimacy.fill('0.9');
    await legitimacy.press('Enter');
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            '[data-testid=stage-lane] [data-testid=placement] input[type=number]',
          ) as HTMLInputElement | null
        )?.value === '0.9',
    );
    // A note on the placement, and a voice placed at a touchpoint by dropping it there.
    const note = trigger.locator('[data-testid=placement] input[type=text]').first();
    await note.fill('Hosts the parents podcast');
    await note.press('Enter');
    await trigger.locator('input[placeholder="Touchpoint"]').fill('Podcast');
    await trigger.locator('.touchpoint-form button[type=submit]').click();
    const podcast = trigger.locator('[data-testid=touchpoint]', { hasText: 'Podcast' });
    await podcast.waitFor();
    await page.locator('[data-testid=palette-actor]', { hasText: 'Zoé Tramoni' }).dragTo(podcast);
    await trigger.locator('[data-testid=placement]', { hasText: '@ Podcast' }).waitFor();
    expect(await note.inputValue()).toBe('Hosts the parents podcast');
    // The journey's topic is kept with the journey.
    const topics = await page.locator('[data-testid=journey-topic] option').allTextContents();
    await page.selectOption('[data-testid=journey-topic]', { label: topics[1] ?? '' });
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=journey-topic]') as HTMLSelectElement | null)
          ?.selectedIndex === 1,
    );
    await page.screenshot({ path: join(shotsDir, 'journey-new.png'), fullPage: true });
  });

  it("shows and edits the actor's placements from the inspector", async () => {
    await page
      .locator('[data-testid=stage-lane] [data-testid=placement] button', {
        hasText: 'Clara Vennel',
      })
      .first()
      .click();
    const section = page.locator('[data-testid=placements-section]');
    await section.waitFor();
    await expect(section.locator('summary').textContent()).resolves.toMatch(/\(3\)/);
    await expect(section.textContent()).resolves.toContain('Young parents › Trigger');
    await page.selectOption('[data-testid=placement-stage]', { label: 'Advocacy' });
    await section.locator('button:text("Place")').click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=placements-section] summary')
        ?.textContent?.includes('(4)'),
    );
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('imports journey tables from a French spreadsheet with a preview, then shows the trails', async () => {
    const latin1 = (text: string) =>
      Buffer.from(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
    const stages = latin1(
      'sep=;\r\nparcours;étape;ordre;moment_de_vérité\r\nJeunes parents;Déclencheur;0;non\r\nJeunes parents;Évaluation;1;oui\r\n',
    );
    const placements = latin1(
      'parcours;étape;acteur;légitimité\r\nJeunes parents;Évaluation;clara-vennel;0,9\r\n',
    );
    const trails = Buffer.from(
      'trail,step,actor\n' +
        Array.from({ length: 10 }, (_, i) => `u${i},1,noe-carbonnel\nu${i},2,clara-vennel\n`).join(
          '',
        ),
    );
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'stages.csv', mimeType: 'text/csv', buffer: stages },
      { name: 'placements.csv', mimeType: 'text/csv', buffer: placements },
      { name: 'trails.csv', mimeType: 'text/csv', buffer: trails },
    ]);
    const dialog = page.locator('[data-testid=import-dialog]');
    await dialog.locator('[data-testid=import-stages]').waitFor();
    await expect(dialog.textContent()).resolves.toContain('windows-1252');
    await expect(dialog.textContent()).resolves.toContain('decimal comma');
    await expect(dialog.locator('[data-testid=import-stages]').textContent()).resolves.toContain(
      '2 to create',
    );
    await page.screenshot({ path: join(shotsDir, 'import-preview.png') });
    await dialog.locator('[data-testid=import-apply]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.selectOption('[data-testid=journey-select]', { label: 'Jeunes parents' });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=loop-stage]').length === 2,
    );
    await page.locator('[data-testid=trail-hidden]').first().waitFor();
    expect(await page.locator('[data-testid=trails]').textContent()).toContain('10 trails');

    // A bad file is refused in the dialog, naming its line and field; nothing is imported.
    await page.setInputFiles('[data-testid=journey-import]', [
      {
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('trail,step,actor\nu1,one,clara-vennel\n'),
      },
    ]);
    await expect(page.textContent('[data-testid=import-error]')).resolves.toMatch(
      /bad\.csv cannot be imported.*line 2.*field step: not a number/,
    );
    await page.click('[data-testid=import-dialog] button:text("Close")');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('imports a GEXF from the window and exports the map as GEXF, CSV and XLSX', async () => {
    const gexf = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'formats', 'data.gexf'));
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'web.gexf', mimeType: 'application/xml', buffer: gexf },
    ]);
    const dialog = page.locator('[data-testid=import-dialog]');
    await dialog.locator('[data-testid=import-actors]').waitFor();
    await expect(dialog.textContent()).resolves.toContain('4 nodes, 5 edges');
    await dialog.locator('[data-testid=import-apply]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.click('[role=tab]:text("Map")');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="64"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.selectOption('[data-testid=export-select]', { label: 'GEXF (Gephi)' }),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const saved = await download.path();
    const content = readFileSync(saved, 'utf8');
    expect(content).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(content.match(/<node /g)?.length).toBe(64);
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('imports a listening-tool export and shows share of voice and weekly sentiment', async () => {
    await page.click('[role=tab]:text("Journey")');
    const mentions = Buffer.from(
      'date,author,topic,sentiment,reach,engagement,url\n' +
        '2026-03-02,@lumo-home,Smart-home privacy,positive,12000,340,https://ex.test/1\n' +
        '2026-03-03,@domova,Smart-home privacy,negative,50000,900,https://ex.test/2\n' +
        '2026-03-10,@vigie-numerique,Smart-home privacy,negative,8000,120,https://ex.test/3\n',
    );
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'listening.csv', mimeType: 'text/csv', buffer: mentions },
    ]);
    const dialog = page.locator('[data-testid=import-dialog]');
    await dialog.locator('[data-testid=import-mentions]').waitFor();
    await dialog.locator('[data-testid=import-apply]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.click('[role=tab]:text("Dashboard")');
    const row = page.locator('[data-testid=voice-row]', { hasText: 'Smart-home privacy' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('33 %');
    expect(await row.locator('svg.sentiment-line path').count()).toBe(1);
    await page.screenshot({ path: join(shotsDir, 'share-of-voice.png'), fullPage: true });
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('asks what unknown columns hold, then remembers it for files with the same columns', async () => {
    await page.click('[role=tab]:text("Journey")');
    const people = (rows: string) => Buffer.from(`Person;Org;Followers\n${rows}`);
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'people.csv', mimeType: 'text/csv', buffer: people('pia;Parents;1500\n') },
    ]);
    const mapping = page.locator('[data-testid=column-mapping]');
    await mapping.waitFor();
    await mapping.locator('select[aria-label="Holds: Person"]').selectOption('id');
    await mapping.locator('select[aria-label="Holds: Org"]').selectOption('community');
    await mapping.locator('select[aria-label="Holds: Followers"]').selectOption('reach');
    await mapping.locator('button[type=submit]').click();
    const dialog = page.locator('[data-testid=import-dialog]');
    await expect(dialog.locator('[data-testid=import-actors]').textContent()).resolves.toContain(
      '1 to create',
    );
    await dialog.locator('[data-testid=import-apply]').click();
    await dialog.waitFor({ state: 'detached' });
    // The same columns again: no question, straight to the preview.
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'people2.csv', mimeType: 'text/csv', buffer: people('quentin;Parents;300\n') },
    ]);
    await dialog.locator('[data-testid=import-actors]').waitFor();
    expect(await page.locator('[data-testid=column-mapping]').count()).toBe(0);
    await page.click('[data-testid=import-dialog] button:text("Close")');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });
});
