import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

const slideCount = (page: Page) => page.locator('[data-testid=slide-item]').count();
const waitForSlides = (page: Page, n: number) =>
  page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid=slide-item]').length === count,
    n,
  );
/** The kinds of the slides, in the order the dialog lists them. */
const slideKinds = (page: Page) =>
  page.$$eval('[data-testid=slide-item] .slide-kind', (spans) => spans.map((s) => s.textContent));

/** The player's picture is an image that has loaded (a Blob URL of the slide's SVG). */
const pictureLoaded = (page: Page) =>
  page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('[data-testid=player-image]');
    return image !== null && image.complete && image.naturalWidth > 0;
  });

describe('stories and presentation mode, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('builds a story of three slides: a saved view with two actors highlighted, a journey and the risk hotspots', async () => {
    // Two actors selected on the map, to highlight on the first slide.
    await page.click('[role=tab]:text("Actors")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Lumo Home")');
    await page.click('[data-testid=table-body] [role=row]:has-text("Karim Delahaye")', {
      modifiers: ['Control'],
    });
    await page.click('[role=tab]:text("Map")');
    await page.waitForSelector('text=2 selected');

    await page.click('[data-testid=open-stories]');
    await page.waitForSelector('[data-testid=stories-dialog]');
    await page.waitForSelector('text=No story yet: create one, then add its slides.');
    await page.fill('#new-story-name', 'Launch pitch');
    await page.click('[data-testid=create-story]');
    await page.waitForSelector('[data-testid=story-panel]');
    await expect(page.inputValue('[data-testid=story-panel] .story-rename input')).resolves.toBe(
      'Launch pitch',
    );

    // A saved view, with the selection highlighted.
    const chosenOption = (select: string) =>
      page.$eval(select, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text);
    await expect(chosenOption('#slide-view')).resolves.toBe('Overview');
    const highlight = page.locator('[data-testid=slide-highlight]');
    await expect(highlight.isChecked()).resolves.toBe(true);
    await expect(page.textContent('label:has([data-testid=slide-highlight])')).resolves.toBe(
      'Highlight the 2 actors selected on the map',
    );
    await page.fill('#slide-title', 'Where we stand');
    await page.fill('#slide-caption', 'Two voices to watch before the launch.');
    await page.click('[data-testid=add-slide] button[type=submit]');
    await waitForSlides(page, 1);
    const first = page.locator('[data-testid=slide-item]').first();
    await expect(first.locator('[data-testid=slide-shows]').textContent()).resolves.toBe(
      'Overview',
    );
    await expect(first.locator('[data-testid=slide-highlighted]').textContent()).resolves.toBe(
      '2 actors highlighted',
    );

    // A journey: the title is the journey's name when left empty.
    await page.selectOption('#slide-kind', 'journey');
    await expect(chosenOption('#slide-journey')).resolves.toBe('First smart-home hub');
    await page.click('[data-testid=add-slide] button[type=submit]');
    await waitForSlides(page, 2);

    // The risk hotspots.
    await page.selectOption('#slide-kind', 'risks');
    await page.fill('#slide-title', 'Where it could go wrong');
    await page.click('[data-testid=add-slide] button[type=submit]');
    await waitForSlides(page, 3);
    await expect(slideKinds(page)).resolves.toEqual(['Saved view', 'Journey', 'Risk hotspots']);
    const titles = await page.$$eval('[data-testid=slide-item] input', (inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    );
    expect(titles).toEqual(['Where we stand', 'First smart-home hub', 'Where it could go wrong']);
    await expect(page.textContent('[data-testid=story-list]')).resolves.toContain('3 slides');
  });

  it('edits a slide in place and moves it, each an undoable action', async () => {
    const second = page.locator('[data-testid=slide-item]').nth(1);
    await second.locator('input').fill('The journey, stage by stage');
    await second.locator('input').press('Enter');
    await page.waitForSelector('button[title="Undo: edit slide"]');

    await page
      .locator('[data-testid=slide-item]')
      .nth(2)
      .locator('button[aria-label="Move up"]')
      .click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=slide-item] .slide-kind')[1]?.textContent ===
        'Risk hotspots',
    );
    await page.waitForSelector('button[title="Undo: move slide"]');
    // Ctrl+Z from the dialog (the focus is on a button, not in a text field) undoes the move.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=slide-item] .slide-kind')[2]?.textContent ===
        'Risk hotspots',
    );
    await page.waitForSelector('button[title="Undo: edit slide"]');
  });

  it('plays the story full window: title, picture and counter; keys move; Escape leaves', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shotsDir, 'stories-dialog-en-1280.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(shotsDir, 'stories-dialog-en-1440.png') });

    await page.click('[data-testid=play-story]');
    await page.waitForSelector('[data-testid=story-player]');
    await expect(page.textContent('[data-testid=player-counter]')).resolves.toBe('1 / 3');
    await expect(page.textContent('[data-testid=player-title]')).resolves.toBe('Where we stand');
    await expect(page.textContent('[data-testid=player-caption]')).resolves.toBe(
      'Two voices to watch before the launch.',
    );
    await pictureLoaded(page);
    await page.screenshot({ path: join(shotsDir, 'story-player-en-1440.png') });

    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-testid=player-counter]:text-is("2 / 3")');
    await expect(page.textContent('[data-testid=player-title]')).resolves.toBe(
      'The journey, stage by stage',
    );
    await pictureLoaded(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-testid=player-counter]:text-is("3 / 3")');
    await expect(page.textContent('[data-testid=player-title]')).resolves.toBe(
      'Where it could go wrong',
    );
    await pictureLoaded(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shotsDir, 'story-player-en-1280.png') });
    // The last slide stays the last; Home and the buttons move too.
    await page.keyboard.press('Space');
    await expect(page.textContent('[data-testid=player-counter]')).resolves.toBe('3 / 3');
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-testid=player-counter]:text-is("1 / 3")');
    await page.click('button[aria-label="Last slide (End)"]');
    await page.waitForSelector('[data-testid=player-counter]:text-is("3 / 3")');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('[data-testid=player-counter]:text-is("2 / 3")');

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=story-player]', { state: 'detached' });
    // Escape left the player only: the dialog is still there.
    await page.waitForSelector('[data-testid=stories-dialog]');
  });

  it('undoes the last change with Ctrl+Z, and deletes slides and stories (undoably too)', async () => {
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () =>
        (document.querySelectorAll('[data-testid=slide-item] input')[1] as HTMLInputElement)
          ?.value === 'First smart-home hub',
    );
    await page.keyboard.press('Control+z');
    await waitForSlides(page, 2);
    await expect(slideKinds(page)).resolves.toEqual(['Saved view', 'Journey']);

    await page.locator('[data-testid=slide-item]').nth(0).locator('.slide-delete').click();
    await waitForSlides(page, 1);
    await page.click('.stories-delete');
    await page.waitForSelector('[data-testid=story-panel]', { state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-testid=story-panel]');
    expect(await slideCount(page)).toBe(1);
    await page.keyboard.press('Control+z');
    await waitForSlides(page, 2);
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('speaks French: the dialog and the player', async () => {
    await page.click('[data-testid=stories-dialog] .stories-top button');
    await page.waitForSelector('[data-testid=stories-dialog]', { state: 'detached' });
    await page.selectOption('[data-testid=language]', 'fr');
    await page.click('[data-testid=open-stories]');
    await page.waitForSelector('[data-testid=story-panel]');
    await expect(page.textContent('#stories-title')).resolves.toBe('Récits');
    await expect(slideKinds(page)).resolves.toEqual(['Vue enregistrée', 'Parcours']);
    await expect(page.textContent('[data-testid=play-story]')).resolves.toContain('Présenter');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shotsDir, 'stories-dialog-fr-1280.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(shotsDir, 'stories-dialog-fr-1440.png') });

    await page.click('[data-testid=play-story]');
    await page.waitForSelector('[data-testid=player-counter]:text-is("1 / 2")');
    await pictureLoaded(page);
    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-testid=player-counter]:text-is("2 / 2")');
    await pictureLoaded(page);
    await page.screenshot({ path: join(shotsDir, 'story-player-fr-1440.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shotsDir, 'story-player-fr-1280.png') });
    await page.click('[data-testid=player-leave]');
    await page.waitForSelector('[data-testid=story-player]', { state: 'detached' });
    await page.click('[data-testid=stories-dialog] .stories-top button');
    await page.selectOption('[data-testid=language]', 'en');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });
});
