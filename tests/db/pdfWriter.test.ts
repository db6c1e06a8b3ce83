import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../db/report/pdfWriter';
import type { ReportDoc } from '../../shared/report/reportDoc';
import type { Scene } from '../../shared/figures/scene';
import { NO_POPPLER, pdfInfo, pdfText, POPPLER } from '../helpers/pdf';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

async function written(doc: ReportDoc): Promise<string> {
  const steps = writePdf(doc, { createdAt: new Date('2026-12-03T10:00:00Z') });
  let next = steps.next();
  while (!next.done) next = steps.next();
  const file = join(tempDir(), 'doc.pdf');
  writeFileSync(file, await next.value);
  return file;
}

const base = (sections: ReportDoc['sections']): ReportDoc => ({
  locale: 'en',
  title: 'Test report',
  subject: 'Tables and figures',
  author: null,
  cover: { title: 'Test report', kicker: 'Kicker', lines: [], confidential: 'Confidential' },
  header: { left: 'Test report', right: '3 December 2026' },
  footer: 'Page {page} of {pages}',
  pageSize: 'A4',
  sections,
});

const wide: Scene = {
  width: 1200,
  height: 400,
  title: 'Wide',
  items: [{ kind: 'text', x: 20, y: 40, text: 'A wide figure', size: 20 }],
};

describe.skipIf(!POPPLER)('the PDF writer', () => {
  if (!POPPLER) console.warn(NO_POPPLER);

  it('never cuts a table row across pages, and repeats the header on each page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`R${i}`, `R${i}a\nR${i}b\nR${i}c`, 'x']);
    const file = await written(
      base([
        {
          id: 'rankings',
          title: 'Rows',
          blocks: [
            {
              kind: 'table',
              columns: [
                { label: 'Key', width: 0.2 },
                { label: 'Three lines', width: 0.5 },
                { label: 'Other', width: 0.3 },
              ],
              rows,
            },
          ],
        },
      ]),
    );
    const { pages } = pdfInfo(file);
    expect(pages).toBeGreaterThan(4);
    const seen = new Set<number>();
    for (let page = 2; page <= pages; page += 1) {
      const text = pdfText(file, page);
      expect(text).toContain('Three lines');
      for (const [, index] of text.matchAll(/\bR(\d+)a\b/g)) {
        // Each row's three lines are on the page that starts it.
        expect(text).toContain(`R${index}b`);
        expect(text).toContain(`R${index}c`);
        seen.add(Number(index));
      }
    }
    expect(seen.size).toBe(rows.length);
  });

  it('gives a wide figure a landscape page of its own, the section title on it', async () => {
    const file = await written(
      base([
        {
          id: 'maps',
          title: 'Pictures',
          blocks: [
            { kind: 'figure', scene: wide, page: true, title: 'Wide one', caption: 'Under it' },
            { kind: 'paragraph', text: 'After the figure.' },
          ],
        },
      ]),
    );
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '3', file], { encoding: 'utf8' });
    const size = (n: number) =>
      new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes)?.slice(1).map(Number);
    expect(size(2)?.[0]).toBeGreaterThan(size(2)?.[1] ?? Infinity);
    expect(size(3)?.[0]).toBeLessThan(size(3)?.[1] ?? 0);
    const page2 = pdfText(file, 2);
    expect(page2).toContain('Pictures');
    expect(page2).toContain('A wide figure');
    expect(pdfText(file, 3)).toContain('After the figure.');
    expect(page2).toMatch(/Page 2 of 3/);
  });
});
