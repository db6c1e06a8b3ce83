import PDFDocument from 'pdfkit';
import type { Block, Column, DocSection, ReportDoc } from '../../shared/report/reportDoc';
import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';
import { paintScene } from './paintScene';

type Doc = InstanceType<typeof PDFDocument>;
type Orientation = 'portrait' | 'landscape';

const MARGIN = { top: 72, bottom: 62, left: 56, right: 56 };
const INK = '#1f2430';
const MUTED = '#5f6778';
const ACCENT = '#2166ac';
const RULE = '#c9ced8';
const BODY = 10;
const CELL_PAD = 4;
/** A figure wider than tall by this much gets a landscape page. */
const LANDSCAPE_RATIO = 1.15;

/** Keeps multi-line cells (lists) on their lines; each line made safe to show. */
const cellText = (text: string) => text.split('\n').map(displayText).join('\n');

/** Where writing stands: what the writer reports after each block. */
export type WriteProgress = { blocksDone: number; blocksTotal: number; pages: number };

/**
 * Writes a report document as a PDF, one block at a time: a generator that yields after each
 * block (so that a job can pace it, report progress and stop), then returns the file's bytes
 * through `result`. Pages: a cover; then every section from a new page, its title at the top;
 * figures on pages of their own turn landscape when wide; tables never cut a row across pages
 * and repeat their header; a running header and "page n of m" on every page but the cover.
 * Vector throughout: text in the embedded DejaVu fonts, figures drawn as paths.
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
    lang: 'en',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const writer = pageWriter(doc, report.pageSize);
  const total = report.sections.reduce((n, s) => n + s.blocks.length, 0) + 1;
  let done = 0;
  writer.cover(report);
  done += 1;
  yield { blocksDone: done, blocksTotal: total, pages: writer.pages() };
  for (const section of report.sections) {
    writer.startSection(section);
    for (const block of section.blocks) {
      writer.block(block);
      done += 1;
      yield { blocksDone: done, blocksTotal: total, pages: writer.pages() };
    }
  }
  writer.finish(report);
  doc.end();
  return ended;
}

/** The page layout state of one document: the cursor, the section title still to print. */
function pageWriter(doc: Doc, pageSize: ReportDoc['pageSize']) {
  const size = pageSize === 'Letter' ? 'LETTER' : 'A4';
  let y = MARGIN.top;
  let pendingTitle: string | null = null;
  /** The next block needs a fresh page (a section starts, or a figure page was just drawn). */
  let needPage = true;

  const pageWidth = () => doc.page.width;
  const contentWidth = () => pageWidth() - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const left = MARGIN.left;

  const newPage = (orientation: Orientation = 'portrait') => {
    doc.addPage({ size, layout: orientation, margins: MARGIN });
    y = MARGIN.top;
    needPage = false;
    if (pendingTitle !== null) {
      drawSectionTitle(pendingTitle);
      pendingTitle = null;
    }
  };
  const ensurePage = () => {
    if (needPage) newPage();
  };
  /** Starts a new page unless `height` more points fit on this one. */
  const room = (height: number) => {
    ensurePage();
    if (y + height > bottom()) newPage();
  };

  const drawSectionTitle = (title: string) => {
    doc.save().rect(left, y, 4, 26).fill(ACCENT).restore();
    doc.font(BOLD).fontSize(20).fillColor(INK);
    doc.text(displayText(title), left + 14, y + 2, { width: contentWidth() - 14 });
    y = Math.max(doc.y, y + 26) + 16;
  };

  const paragraph = (
    text: string,
    options: { size?: number; font?: string; colour?: string; indent?: number } = {},
  ) => {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    doc.font(options.font ?? REGULAR).fontSize(size);
    const width = contentWidth() - indent;
    const safe = cellText(text);
    const height = doc.heightOfString(safe, { width, lineGap: 2 });
    // A paragraph taller than a page flows on (pdfkit breaks it); a shorter one is kept whole.
    if (height <= bottom() - MARGIN.top) room(height);
    else ensurePage();
    // Set again: a new page prints the section's title in its own font.
    doc.font(options.font ?? REGULAR).fontSize(size);
    doc.fillColor(options.colour ?? INK).text(safe, left + indent, y, { width, lineGap: 2 });
    y = doc.y + size * 0.6;
  };

  const heading = (text: string, level: 2 | 3) => {
    const size = level === 2 ? 14.5 : 11.5;
    // Kept with what follows: never alone at the foot of a page.
    room(level === 2 ? 110 : 80);
    if (y > MARGIN.top + 1) y += level === 2 ? 10 : 4;
    doc
      .font(BOLD)
      .fontSize(size)
      .fillColor(level === 2 ? ACCENT : INK);
    doc.text(displayText(text), left, y, { width: contentWidth() });
    y = doc.y + 5;
  };

  const bullets = (items: readonly string[]) => {
    for (const item of items) {
      doc.font(REGULAR).fontSize(BODY);
      const safe = displayText(item);
      const height = doc.heightOfString(safe, { width: contentWidth() - 16, lineGap: 2 });
      room(Math.min(height, bottom() - MARGIN.top));
      doc.font(REGULAR).fontSize(BODY);
      doc.fillColor(ACCENT).text('•', left + 2, y, { lineBreak: false });
      doc.fillColor(INK).text(safe, left + 16, y, { width: contentWidth() - 16, lineGap: 2 });
      y = doc.y + 4;
    }
    y += 4;
  };

  const figures = (items: ReadonlyArray<{ value: string; label: string }>) => {
    const perRow = Math.min(items.length, 4);
    const gap = 10;
    const boxWidth = (contentWidth() - gap * (perRow - 1)) / perRow;
    for (let i = 0; i < items.length; i += perRow) {
      room(58);
      items.slice(i, i + perRow).forEach((item, k) => {
        const x = left + k * (boxWidth + gap);
        doc.save().roundedRect(x, y, boxWidth, 50, 4).fill('#f2f5f9').restore();
        // A long figure (a reach in the hundreds of millions) gets a smaller size, never cut.
        const value = displayText(item.value);
        let size = 17;
        while (size > 9 && doc.font(BOLD).fontSize(size).widthOfString(value) > boxWidth - 16)
          size -= 1;
        doc.font(BOLD).fontSize(size).fillColor(ACCENT);
        doc.text(value, x + 8, y + 6 + (17 - size) / 2, {
          width: boxWidth - 16,
          height: 22,
          ellipsis: true,
          lineBreak: false,
        });
        doc.font(REGULAR).fontSize(8.5).fillColor(MUTED);
        doc.text(displayText(item.label), x + 8, y + 30, {
          width: boxWidth - 16,
          height: 16,
          ellipsis: true,
        });
      });
      y += 58;
    }
    y += 6;
  };

  const formula = (lines: readonly string[]) => {
    doc.font(REGULAR).fontSize(9);
    const texts = lines.map(displayText);
    const height =
      texts.reduce((h, l) => h + doc.heightOfString(l, { width: contentWidth() - 24 }) + 2, 0) + 14;
    room(height);
    doc.font(REGULAR).fontSize(9);
    doc.save().rect(left, y, contentWidth(), height).fill('#f5f6f8').restore();
    doc.save().rect(left, y, 2, height).fill(ACCENT).restore();
    let line = y + 7;
    for (const l of texts) {
      doc.fillColor(INK).text(l, left + 12, line, { width: contentWidth() - 24 });
      line = doc.y + 2;
    }
    y += height + 8;
  };

  const table = (columns: readonly Column[], rows: readonly string[][]) => {
    const totalWidth = columns.reduce((n, c) => n + c.width, 0) || 1;
    const widths = columns.map((c) => (c.width / totalWidth) * contentWidth());
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const fontSize = columns.length > 6 ? 8 : 8.5;
    const measure = (cells: readonly string[], font: string) => {
      doc.font(font).fontSize(fontSize);
      return (
        Math.max(
          ...cells.map((cell, i) =>
            doc.heightOfString(cell || ' ', {
              width: (widths[i] ?? 10) - 2 * CELL_PAD,
              lineGap: 1,
            }),
          ),
        ) +
        2 * CELL_PAD
      );
    };
    const header = columns.map((c) => displayText(c.label));
    // Header words are never broken ("Relevan-ce"): the header's size shrinks until each fits.
    doc.font(BOLD);
    let headerSize = fontSize;
    const fits = () =>
      header.every((label, i) =>
        label
          .split(/\s+/)
          .every(
            (word) =>
              doc.fontSize(headerSize).widthOfString(word) <= (widths[i] ?? 10) - 2 * CELL_PAD,
          ),
      );
    while (headerSize > 6 && !fits()) headerSize -= 0.5;
    const measureHeader = () => {
      doc.font(BOLD).fontSize(headerSize);
      return (
        Math.max(
          ...header.map((cell, i) =>
            doc.heightOfString(cell || ' ', {
              width: (widths[i] ?? 10) - 2 * CELL_PAD,
              lineGap: 1,
            }),
          ),
        ) +
        2 * CELL_PAD
      );
    };
    const headerHeight = measureHeader();
    const drawRow = (
      cells: readonly string[],
      height: number,
      font: string,
      fill: string | null,
      colour: string,
      size = fontSize,
    ) => {
      if (fill) doc.save().rect(left, y, contentWidth(), height).fill(fill).restore();
      doc.font(font).fontSize(size).fillColor(colour);
      cells.forEach((cell, i) => {
        doc.text(cell, (xs[i] ?? left) + CELL_PAD, y + CELL_PAD, {
          width: (widths[i] ?? 10) - 2 * CELL_PAD,
          align: columns[i]?.align ?? 'left',
          lineGap: 1,
        });
      });
      y += height;
    };
    const drawHeader = () => {
      drawRow(header, headerHeight, BOLD, '#e8ecf2', INK, headerSize);
    };
    room(headerHeight + 24);
    drawHeader();
    const usable = bottom() - MARGIN.top - headerHeight - 30;
    rows.forEach((row, r) => {
      let cells = row.map((cell) => cellText(cell));
      let height = measure(cells, REGULAR);
      // A row taller than a page (a 5 000-character name) has its longest cell cut to fit,
      // so that no row is ever split across pages; the cut ends in an ellipsis.
      while (height > usable) {
        const longest = cells.reduce(
          (best, c, i) => (c.length > (cells[best] ?? '').length ? i : best),
          0,
        );
        const cell = cells[longest] ?? '';
        cells = cells.map((c, i) =>
          i === longest ? `${[...cell].slice(0, Math.floor([...cell].length * 0.7)).join('')}…` : c,
        );
        height = measure(cells, REGULAR);
      }
      if (y + height > bottom()) {
        newPage();
        drawHeader();
      }
      drawRow(cells, height, REGULAR, r % 2 === 1 ? '#f7f8fa' : null, INK);
    });
    doc
      .save()
      .moveTo(left, y)
      .lineTo(left + contentWidth(), y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
      .restore();
    y += 10;
  };

  const figure = (block: Extract<Block, { kind: 'figure' }>) => {
    const scene = block.scene;
    if (block.page) {
      const wide = scene.width / Math.max(1, scene.height) > LANDSCAPE_RATIO;
      newPage(wide ? 'landscape' : 'portrait');
      if (block.title) {
        doc.font(BOLD).fontSize(13).fillColor(INK);
        doc.text(displayText(block.title), left, y, { width: contentWidth() });
        y = doc.y + 8;
      }
      let captionHeight = 0;
      if (block.caption) {
        doc.font(REGULAR).fontSize(9);
        captionHeight =
          doc.heightOfString(displayText(block.caption), { width: contentWidth() }) + 10;
      }
      const drawn = paintScene(doc, scene, {
        x: left,
        y,
        width: contentWidth(),
        height: Math.max(40, bottom() - y - captionHeight),
      });
      y += drawn + 8;
      if (block.caption) {
        doc.font(REGULAR).fontSize(9).fillColor(MUTED);
        doc.text(displayText(block.caption), left, y, { width: contentWidth() });
        y = doc.y;
      }
      needPage = true;
      return;
    }
    const maxHeight = block.maxHeight ?? 320;
    const k = Math.min(
      contentWidth() / Math.max(1, scene.width),
      maxHeight / Math.max(1, scene.height),
    );
    const height = scene.height * k;
    room(height + 8);
    paintScene(doc, scene, { x: left, y, width: contentWidth(), height });
    y += height + 6;
    if (block.caption) {
      doc.font(REGULAR).fontSize(9).fillColor(MUTED);
      doc.text(displayText(block.caption), left, y, { width: contentWidth() });
      y = doc.y + 6;
    }
    y += 6;
  };

  return {
    pages: () => doc.bufferedPageRange().count,

    cover(report: ReportDoc) {
      doc.addPage({ size, layout: 'portrait', margins: MARGIN });
      const width = contentWidth();
      doc.save().rect(0, 0, pageWidth(), 10).fill(ACCENT).restore();
      let cy = 200;
      doc.font(REGULAR).fontSize(12).fillColor(ACCENT);
      doc.text(displayText(report.cover.kicker), left, cy, { width });
      cy = doc.y + 14;
      doc.font(BOLD).fontSize(28).fillColor(INK);
      // A hostile 5 000-character title is cut rather than pushed over the cover's lines.
      doc.text(displayText(report.cover.title), left, cy, { width, height: 260, ellipsis: true });
      cy = Math.min(doc.y, cy + 260) + 30;
      doc
        .save()
        .moveTo(left, cy)
        .lineTo(left + 120, cy)
        .lineWidth(2)
        .strokeColor(ACCENT)
        .stroke()
        .restore();
      cy += 24;
      for (const line of report.cover.lines) {
        doc.font(REGULAR).fontSize(9).fillColor(MUTED);
        doc.text(displayText(line.label).toUpperCase(), left, cy, { width });
        doc.font(BOLD).fontSize(13).fillColor(INK);
        doc.text(displayText(line.value), left, doc.y + 2, { width, height: 60, ellipsis: true });
        cy = doc.y + 14;
      }
      doc.font(REGULAR).fontSize(8.5).fillColor(MUTED);
      doc.text(displayText(report.cover.confidential), left, bottom() - 30, { width });
      needPage = true;
    },

    startSection(section: DocSection) {
      pendingTitle = section.title;
      needPage = true;
    },

    block(block: Block) {
      switch (block.kind) {
        case 'heading':
          return heading(block.text, block.level);
        case 'paragraph':
          return paragraph(block.text, {
            colour: block.tone === 'muted' ? MUTED : block.tone === 'note' ? '#8c510a' : INK,
          });
        case 'bullets':
          return bullets(block.items);
        case 'figures':
          return figures(block.items);
        case 'table':
          return table(block.columns, block.rows);
        case 'formula':
          return formula(block.lines);
        case 'figure':
          // A section that opens with a figure page prints its title on that page.
          return figure(block);
      }
    },

    /** Running header and page numbers on every page but the cover. */
    finish(report: ReportDoc) {
      if (pendingTitle !== null) newPage();
      const range = doc.bufferedPageRange();
      for (let i = range.start + 1; i < range.start + range.count; i += 1) {
        doc.switchToPage(i);
        // Writing in the margins must not start a new page.
        const margins = doc.page.margins;
        doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
        const width = doc.page.width - MARGIN.left - MARGIN.right;
        doc.font(REGULAR).fontSize(8).fillColor(MUTED);
        doc.text(displayText(report.header.right), MARGIN.left, 34, {
          width,
          align: 'right',
          lineBreak: false,
        });
        doc.text(displayText(report.header.left), MARGIN.left, 34, {
          width: width * 0.72,
          height: 10,
          ellipsis: true,
          lineBreak: false,
        });
        doc
          .save()
          .moveTo(MARGIN.left, 48)
          .lineTo(MARGIN.left + width, 48)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke()
          .restore();
        const footer = report.footer
          .replace('{page}', String(i - range.start + 1))
          .replace('{pages}', String(range.count));
        doc.text(footer, MARGIN.left, doc.page.height - 38, {
          width,
          align: 'center',
          lineBreak: false,
        });
        doc.page.margins = margins;
      }
    },
  };
}
