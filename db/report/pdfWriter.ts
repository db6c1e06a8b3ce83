import PDFDocument from 'pdfkit';
import type { Block, ReportDoc } from '../../shared/report/reportDoc';
import { displayText } from '../../shared/util/displayText';
import { intlLocale } from '../../shared/i18n/intlLocale';
import { REGULAR } from './fonts';
import { cover, runningHeaders } from './pdfChrome';
import { figure } from './pdfFigure';
import { MARGIN, PageCursor, THEME, type Doc } from './pdfPage';
import { table } from './pdfTable';
import { bullets, formula, heading, keyFigures, paragraph } from './pdfText';

/** Where writing stands: what the writer reports after each block. */
export type WriteProgress = { blocksDone: number; blocksTotal: number; pages: number };

/**
 * Writes a report document as a PDF, one block at a time: a generator that yields after each
 * block (so that a job can pace it, report progress and stop), then returns the file's bytes.
 * Pages: a cover; then every section from a new page, its title at the top; figures on pages of
 * their own turn landscape when wide; tables never cut a row across pages and repeat their
 * header; a running header and "page n of m" on every page but the cover. Vector throughout:
 * text in the embedded DejaVu fonts, figures drawn as paths.
 */
export function* writePdf(
  report: ReportDoc,
  meta: { createdAt: Date },
): Generator<WriteProgress, Promise<Buffer>, void> {
  const doc: Doc = new PDFDocument({
    size: report.pageSize === 'Letter' ? 'LETTER' : 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    // The default font is ours: pdfkit never loads its own (Helvetica, not embedded).
    font: REGULAR,
    info: {
      Title: displayText(report.title),
      Subject: displayText(report.subject),
      ...(report.author ? { Author: displayText(report.author) } : {}),
      Creator: 'Influmap',
      CreationDate: meta.createdAt,
    },
    lang: intlLocale(report.locale),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const page = new PageCursor(doc, report.pageSize);
  const total = report.sections.reduce((n, s) => n + s.blocks.length, 0) + 1;
  let done = 0;
  cover(page, report);
  done += 1;
  yield { blocksDone: done, blocksTotal: total, pages: page.pages() };
  for (const section of report.sections) {
    page.startSection(section.title);
    for (const block of section.blocks) {
      draw(page, block);
      done += 1;
      yield { blocksDone: done, blocksTotal: total, pages: page.pages() };
    }
  }
  page.flush();
  runningHeaders(page, report);
  doc.end();
  return ended;
}

function draw(page: PageCursor, block: Block): void {
  switch (block.kind) {
    case 'heading':
      return heading(page, block.text, block.level);
    case 'paragraph':
      return paragraph(
        page,
        block.text,
        block.tone === 'muted' ? THEME.muted : block.tone === 'note' ? THEME.note : THEME.ink,
      );
    case 'bullets':
      return bullets(page, block.items);
    case 'figures':
      return keyFigures(page, block.items);
    case 'table':
      return table(page, block.columns, block.rows);
    case 'formula':
      return formula(page, block.lines);
    case 'figure':
      // A section that opens with a figure page prints its title on that page.
      return figure(page, block);
  }
}
