import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { openDemoApp, type AppSession } from './appSession';

const tempDir = tempDirs();
const shotsDir = join(process.cwd(), 'test-results');

/** An edge list of a million relations among fictional accounts (about 14 MB). */
function bigEdgeList(): Buffer {
  const lines = ['source,target,type'];
  for (let i = 0; i < 1_000_000; i += 1)
    lines.push(`acct${(i * 7919) % 3000},acct${(i * 104_729) % 3000},follows`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** A CRM export as XLSX: headers Influmap does not know. */
async function crmWorkbook(rows: Array<[string, string, number]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Export CRM');
  sheet.addRow(['Contact', 'Société', 'Abonnés']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('a big import from the window, end to end in Chromium', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openDemoApp(tempDir());
    page = app.page;
    await page.click('[role=tab]:text("Journey")');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows its progress, is cancelled part way, previewed again, and leaves the map as it was', async () => {
    await page.setInputFiles('[data-testid=journey-import]', [
      { name: 'followers.csv', mimeType: 'text/csv', buffer: bigEdgeList() },
    ]);
    const dialog = page.locator('[data-testid=import-dialog]');
    const progress = dialog.locator('[data-testid=import-progress]');
    // Sent in pieces, then read while it is written (the preview is rolled back).
    await progress.locator('text=Relations').waitFor();
    await expect(progress.textContent()).resolves.toMatch(/followers\.csv — [\d,\s]+ rows\s*\d+ %/);
    await page.screenshot({ path: join(shotsDir, 'import-progress.png') });
    await dialog.locator('[data-testid=import-cancel]').click();
    await dialog.locator('text=Import cancelled: nothing was changed').waitFor();
    expect(await progress.count()).toBe(0);

    await dialog.locator('button:text("Preview again")').click();
    const relations = dialog.locator('[data-testid=import-relations]');
    await relations.waitFor({ timeout: 60_000 });
    await expect(relations.textContent()).resolves.toMatch(/1,?000,?000 to create/);
    await expect(dialog.locator('[data-testid=import-actors]').textContent()).resolves.toMatch(
      /3,?000 to create/,
    );
    await page.screenshot({ path: join(shotsDir, 'import-big-preview.png') });
    await dialog.locator('button:text("Close")').click();
    await dialog.waitFor({ state: 'detached' });

    // Nothing was written: the map is the demo's, with nothing to undo from an import.
    await page.click('[role=tab]:text("Map")');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });

  it('asks what the columns of an XLSX sheet hold, imports it, and remembers for the next one', async () => {
    await page.click('[role=tab]:text("Journey")');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.setInputFiles('[data-testid=journey-import]', [
      {
        name: 'crm.xlsx',
        mimeType: xlsx,
        buffer: await crmWorkbook([
          ['ines-vallor', 'Parents du Val', 1200],
          ['tom-aubrac', 'Parents du Val', 300],
        ]),
      },
    ]);
    const mapping = page.locator('[data-testid=column-mapping]');
    await mapping.waitFor();
    await expect(mapping.textContent()).resolves.toContain('crm.xlsx [Export CRM]');
    await mapping.locator('select[aria-label="Holds: Contact"]').selectOption('id');
    await mapping.locator('select[aria-label="Holds: Société"]').selectOption('community');
    await mapping.locator('select[aria-label="Holds: Abonnés"]').selectOption('reach');
    await page.screenshot({ path: join(shotsDir, 'import-xlsx-mapping.png') });
    await mapping.locator('button[type=submit]').click();
    const dialog = page.locator('[data-testid=import-dialog]');
    await expect(dialog.locator('[data-testid=import-actors]').textContent()).resolves.toContain(
      '2 to create',
    );
    await dialog.locator('[data-testid=import-apply]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.click('[role=tab]:text("Map")');
    await page.waitForSelector('[data-testid=influence-map][data-node-count="62"]');

    // Same columns in another workbook: no question, straight to the preview.
    await page.click('[role=tab]:text("Journey")');
    await page.setInputFiles('[data-testid=journey-import]', [
      {
        name: 'crm-2.xlsx',
        mimeType: xlsx,
        buffer: await crmWorkbook([['lou-garance', 'Parents du Val', 80]]),
      },
    ]);
    await expect(dialog.locator('[data-testid=import-actors]').textContent()).resolves.toContain(
      '1 to create',
    );
    expect(await mapping.count()).toBe(0);
    await dialog.locator('button:text("Close")').click();
    expect(app.watched.problems, app.watched.problems.join('\n')).toEqual([]);
  });
});
