import type { Column } from '../../shared/report/reportDoc';
import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';
import { THEME, type PageCursor } from './pdfPage';
import { linesText } from './pdfText';

const CELL_PAD = 4;

/**
 * A table as wide as the text: its header on every page it spans, its rows never cut across
 * pages (a row that does not fit starts the next page), zebra rows, long cells wrapped. A row
 * taller than a whole page (a 5 000-character name) has its longest cell shortened, with an
 * ellipsis, until it fits.
 */
export function table(
  page: PageCursor,
  columns: readonly Column[],
  rows: readonly string[][],
): void {
  const { doc } = page;
  const totalWidth = columns.reduce((n, c) => n + c.width, 0) || 1;
  const widths = columns.map((c) => (c.width / totalWidth) * page.contentWidth());
  const xs = widths.map((_, i) => page.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number) => (widths[i] ?? 10) - 2 * CELL_PAD;
  const bodySize = columns.length > 6 ? 8 : 8.5;
  const heightOf = (cells: readonly string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    const tallest = Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: inner(i), lineGap: 1 })),
    );
    return tallest + 2 * CELL_PAD;
  };
  const header = columns.map((c) => displayText(c.label));
  // Header words are never broken ("Relevan-ce"): the header's size shrinks until each fits.
  let headerSize = bodySize;
  const fits = () =>
    header.every((label, i) =>
      label
        .split(/\s+/)
        .every((word) => doc.font(BOLD).fontSize(headerSize).widthOfString(word) <= inner(i)),
    );
  while (headerSize > 6 && !fits()) headerSize -= 0.5;
  const headerHeight = heightOf(header, BOLD, headerSize);

  const drawRow = (
    cells: readonly string[],
    height: number,
    font: string,
    size: number,
    fill: string | null,
  ) => {
    if (fill) doc.save().rect(page.left, page.y, page.contentWidth(), height).fill(fill).restore();
    doc.font(font).fontSize(size).fillColor(THEME.ink);
    cells.forEach((cell, i) => {
      doc.text(cell, (xs[i] ?? page.left) + CELL_PAD, page.y + CELL_PAD, {
        width: inner(i),
        align: columns[i]?.align ?? 'left',
        lineGap: 1,
      });
    });
    page.y += height;
  };
  const drawHeader = () => drawRow(header, headerHeight, BOLD, headerSize, '#e8ecf2');

  page.room(headerHeight + 24);
  drawHeader();
  const usable = page.usableHeight() - headerHeight - 30;
  rows.forEach((row, r) => {
    let cells = row.map(linesText);
    let height = heightOf(cells, REGULAR, bodySize);
    while (height > usable) {
      const longest = cells.reduce(
        (best, c, i) => (c.length > (cells[best] ?? '').length ? i : best),
        0,
      );
      const chars = [...(cells[longest] ?? '')];
      cells = cells.map((c, i) =>
        i === longest ? `${chars.slice(0, Math.floor(chars.length * 0.7)).join('')}…` : c,
      );
      height = heightOf(cells, REGULAR, bodySize);
    }
    if (page.y + height > page.bottom()) {
      page.newPage();
      drawHeader();
    }
    drawRow(cells, height, REGULAR, bodySize, r % 2 === 1 ? '#f7f8fa' : null);
  });
  doc
    .save()
    .moveTo(page.left, page.y)
    .lineTo(page.left + page.contentWidth(), page.y)
    .lineWidth(0.5)
    .strokeColor(THEME.rule)
    .stroke()
    .restore();
  page.y += 10;
}
