import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');
const PDFTOTEXT = '/usr/bin/pdftotext';

const SECTION_IDS = [
  'cover',
  'summary',
  'maps',
  'journeys',
  'risks',
  'rankings',
  'voice',
  'stories',
  'appendix',
];

/** A promise and what resolves it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * Holds the report's next call to the service after its first progress answer (the second poll,
 * or the result when the job was already done), so that the dialog can be looked at — and
 * cancelled — while the report is under way. `release` lets it go on.
 */
async function holdReport(page: Page): Promise<{ held: Promise<void>; release: () => void }> {
  const released = gate();
  const held = gate();
  let polls = 0;
  let holding = false;
  await page.route(
    (url) => /\/api\/report%3A(progress|result)$/.test(url.pathname),
    async (route) => {
      const isPoll = route.request().url().endsWith('progress');
      if (isPoll) polls += 1;
      if (!holding && (!isPoll || polls >= 2)) {
        holding = true;
        held.open();
        await released.promise;
      }
      await route.continue();
    },
  );
  return {
    held: held.promise,
    release: () => {
      released.open();
      void page.unrouteAll({ behavior: 'wait' });
    },
  };
}

/** The text of a PDF as poppler reads it, or null (with the reason printed) without pdftotext. */
function pdfText(path: string): string | null {
  if (!existsSync(PDFTOTEXT)) {
    console.log(`${PDFTOTEXT} is missing (apt-get install poppler-utils): PDF text not checked`);
    return null;
  }
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

async function savedPdf(download: Download, dir: string): Promise<string> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return path;
}

describe('the client report (PDF), end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    app = await openDemoApp(dir);
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the outline: the sections in order, those the map cannot fill disabled with why', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.click('[data-testid=open-report]');
    await page.waitForSelector('[data-testid=report-sections] li');
    const ids = await page.$$eval('[data-testid=report-sections] li', (items) =>
      items.map((li) => li.getAttribute('data-section')),
    );
    expect(ids).toEqual(SECTION_IDS);

    // The demo has no mentions: no share of voice, and no story yet.
    const voice = page.locator('[data-section=voice]');
    await expect(voice.locator('input').isDisabled()).resolves.toBe(true);
    await expect(voice.locator('input').isChecked()).resolves.toBe(false);
    await expect(voice.locator('label').textContent()).resolves.toBe(
      'Share of voice and sentiment',
    );
    await expect(voice.locator('[data-testid=section-note]').textContent()).resolves.toBe(
      'No mention has been imported: no share of voice to show.',
    );
    await expect(
      page.locator('[data-section=stories] [data-testid=section-note]').textContent(),
    ).resolves.toBe('This map has no story yet.');
    for (const id of ['summary', 'maps', 'journeys', 'risks', 'rankings', 'appendix']) {
      const box = page.locator(`[data-section=${id}] input`);
      await expect(box.isChecked()).resolves.toBe(true);
      await expect(box.isEnabled()).resolves.toBe(true);
    }
    await expect(page.inputValue('#report-cover-title')).resolves.toBe('Lumo Hub launch (demo)');
    await expect(page.inputValue('#report-cover-client')).resolves.toBe('Lumo Home');
    await expect(page.inputValue('#report-cover-date')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.inputValue('#report-locale')).resolves.toBe('en');
    // Every topic, journey and saved view is in by default.
    await expect(page.textContent('[data-testid=pick-topics] legend')).resolves.toContain('2 of 2');
    await expect(page.textContent('[data-testid=pick-journeys] legend')).resolves.toContain(
      '1 of 1',
    );
    await page.screenshot({ path: join(shotsDir, 'report-dialog-en-1280.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(shotsDir, 'report-dialog-en-1440.png') });
  });

  it('asks for a topic when every one is unticked, and lets it go when their section is left out', async () => {
    await page.locator('[data-testid=pick-topics] input').nth(0).uncheck();
    await page.locator('[data-testid=pick-topics] input').nth(1).uncheck();
    await page.waitForSelector('[data-testid=pick-topics] [role=alert]');
    await expect(page.isDisabled('[data-testid=report-create]')).resolves.toBe(true);
    await page.locator('[data-section=rankings] input').uncheck();
    await page.waitForSelector('[data-testid=pick-topics] [role=alert]', { state: 'detached' });
    await expect(page.isEnabled('[data-testid=report-create]')).resolves.toBe(true);
    await page.locator('[data-section=rankings] input').check();
    await page.locator('[data-testid=pick-topics] input').nth(0).check();
    await page.locator('[data-testid=pick-topics] input').nth(1).check();
    await expect(page.isEnabled('[data-testid=report-create]')).resolves.toBe(true);
  });

  it('writes the PDF without the section left out, showing its progress, and downloads it', async () => {
    await page.locator('[data-section=risks] input').uncheck();
    await page.fill('#report-cover-subject', 'Launch readiness');
    await page.fill('#report-cover-author', 'Claire Dumas');
    const { held, release } = await holdReport(page);
    const downloading = page.waitForEvent('download');
    await page.click('[data-testid=report-create]');
    await held;
    await page.waitForSelector('[data-testid=report-progress] progress');
    await expect(page.textContent('[data-testid=report-phase]')).resolves.toMatch(
      /^(Reading the map|Drawing the figures|Writing the pages)…$/,
    );
    await expect(page.isDisabled('[data-testid=report-create]')).resolves.toBe(true);
    await page.screenshot({ path: join(shotsDir, 'report-progress-en-1440.png') });
    release();

    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^Lumo Hub launch \(demo\) - report \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    await page.waitForSelector('[data-testid=report-message]');
    await expect(page.textContent('[data-testid=report-message]')).resolves.toBe(
      `Report downloaded: ${download.suggestedFilename()}`,
    );
    await page.waitForSelector('[data-testid=report-progress]', { state: 'detached' });
    const text = pdfText(await savedPdf(download, dir));
    if (text !== null) {
      expect(text).toContain('Lumo Hub launch (demo)');
      expect(text).toContain('Awareness');
      expect(text).toContain('Executive summary');
      expect(text).toContain('Launch readiness');
      expect(text).toContain('Claire Dumas');
      expect(text).not.toContain('Risk hotspots');
    }
  });

  it('keeps subject and author in the map: the next report starts from them, and undo takes them back', async () => {
    await page.click('[data-testid=report-dialog] button:text("Close")');
    await page.waitForSelector('[data-testid=report-dialog]', { state: 'detached' });
    await page.waitForSelector('button[title="Undo: change settings"]');
    await page.click('[data-testid=open-report]');
    await page.waitForSelector('[data-testid=report-sections] li');
    await expect(page.inputValue('#report-cover-subject')).resolves.toBe('Launch readiness');
    await expect(page.inputValue('#report-cover-author')).resolves.toBe('Claire Dumas');
    await page.click('[data-testid=report-dialog] button:text("Close")');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('button[title="Undo: change settings"]', { state: 'detached' });
    await page.click('[data-testid=open-report]');
    await page.waitForSelector('[data-testid=report-sections] li');
    await expect(page.inputValue('#report-cover-subject')).resolves.toBe('');
  });

  it('cancels a report under way: no file, and says so', async () => {
    let downloads = 0;
    const count = () => (downloads += 1);
    page.on('download', count);
    const { held, release } = await holdReport(page);
    await page.click('[data-testid=report-create]');
    await held;
    await page.click('[data-testid=report-cancel]');
    release();
    await page.waitForSelector('[data-testid=report-message]:text("Report cancelled.")');
    await page.waitForSelector('[data-testid=report-progress]', { state: 'detached' });
    await expect(page.isEnabled('[data-testid=report-create]')).resolves.toBe(true);
    page.off('download', count);
    expect(downloads).toBe(0);
    await page.click('[data-testid=report-dialog] button:text("Close")');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('speaks French: the outline, the dialog and the report itself', async () => {
    await page.selectOption('[data-testid=language]', 'fr');
    await page.click('[data-testid=open-report]');
    await page.waitForSelector('[data-testid=report-sections] li');
    await expect(page.inputValue('#report-locale')).resolves.toBe('fr');
    await expect(page.textContent('#report-title')).resolves.toBe('Rapport client (PDF)');
    await expect(page.textContent('[data-section=summary] label')).resolves.toBe('Synthèse');
    await expect(
      page.locator('[data-section=voice] [data-testid=section-note]').textContent(),
    ).resolves.toMatch(/^Aucune mention/);
    await page.screenshot({ path: join(shotsDir, 'report-dialog-fr-1440.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(shotsDir, 'report-dialog-fr-1280.png') });

    const { held, release } = await holdReport(page);
    const downloading = page.waitForEvent('download');
    await page.click('[data-testid=report-create]');
    await held;
    await page.waitForSelector('[data-testid=report-progress] progress');
    await page.screenshot({ path: join(shotsDir, 'report-progress-fr-1280.png') });
    release();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/ - rapport \d{4}-\d{2}-\d{2}\.pdf$/);
    await page.waitForSelector('[data-testid=report-message]');
    await expect(page.textContent('[data-testid=report-message]')).resolves.toBe(
      `Rapport téléchargé\u00a0: ${download.suggestedFilename()}`,
    );
    const text = pdfText(await savedPdf(download, dir));
    if (text !== null) {
      expect(text).toContain('Synthèse');
      expect(text).toContain('Lumo Hub launch (demo)');
    }
    await page.click('[data-testid=report-dialog] button:text("Fermer")');
    await page.selectOption('[data-testid=language]', 'en');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });
});
