import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';
import { MARGIN, THEME, type PageCursor } from './pdfPage';

/** Multi-line text (a list in a cell) keeps its lines; each line made safe to show. */
export const linesText = (text: string): string => text.split('\n').map(displayText).join('\n');

/** A paragraph, kept whole on a page unless it is taller than a page (then it flows on). */
export function paragraph(page: PageCursor, text: string, colour: string = THEME.ink): void {
  const { doc } = page;
  const width = page.contentWidth();
  const safe = linesText(text);
  doc.font(REGULAR).fontSize(THEME.body);
  const height = doc.heightOfString(safe, { width, lineGap: 2 });
  if (height <= page.usableHeight()) page.room(height);
  else page.ensurePage();
  // Set again after `room`: a new page prints the section's title in its own font.
  doc.font(REGULAR).fontSize(THEME.body).fillColor(colour);
  doc.text(safe, page.left, page.y, { width, lineGap: 2 });
  page.y = doc.y + THEME.body * 0.6;
}

/** A heading, kept with what follows: never alone at the foot of a page. */
export function heading(page: PageCursor, text: string, level: 2 | 3): void {
  const { doc } = page;
  page.room(level === 2 ? 110 : 80);
  // Space above, unless the heading opens the page.
  if (page.y > MARGIN.top + 1) page.y += level === 2 ? 10 : 4;
  doc
    .font(BOLD)
    .fontSize(level === 2 ? 14.5 : 11.5)
    .fillColor(level === 2 ? THEME.accent : THEME.ink);
  doc.text(displayText(text), page.left, page.y, { width: page.contentWidth() });
  page.y = doc.y + 5;
}

export function bullets(page: PageCursor, items: readonly string[]): void {
  const { doc } = page;
  const width = page.contentWidth() - 16;
  for (const item of items) {
    const safe = displayText(item);
    doc.font(REGULAR).fontSize(THEME.body);
    page.room(Math.min(doc.heightOfString(safe, { width, lineGap: 2 }), page.usableHeight()));
    doc.font(REGULAR).fontSize(THEME.body);
    doc.fillColor(THEME.accent).text('•', page.left + 2, page.y, { lineBreak: false });
    doc.fillColor(THEME.ink).text(safe, page.left + 16, page.y, { width, lineGap: 2 });
    page.y = doc.y + 4;
  }
  page.y += 4;
}

/** Key figures side by side, four to a row: a big value over a short label. */
export function keyFigures(
  page: PageCursor,
  items: ReadonlyArray<{ value: string; label: string }>,
): void {
  const { doc } = page;
  const perRow = Math.min(items.length, 4);
  const gap = 10;
  const boxWidth = (page.contentWidth() - gap * (perRow - 1)) / perRow;
  for (let i = 0; i < items.length; i += perRow) {
    page.room(64);
    items.slice(i, i + perRow).forEach((item, k) => {
      const x = page.left + k * (boxWidth + gap);
      doc.save().roundedRect(x, page.y, boxWidth, 58, 4).fill('#f2f5f9').restore();
      // A long figure (a reach in the hundreds of millions) gets a smaller size, never cut.
      const value = displayText(item.value);
      let size = 17;
      while (size > 9 && doc.font(BOLD).fontSize(size).widthOfString(value) > boxWidth - 16)
        size -= 1;
      doc.font(BOLD).fontSize(size).fillColor(THEME.accent);
      doc.text(value, x + 8, page.y + 6 + (17 - size) / 2, {
        width: boxWidth - 16,
        height: 22,
        ellipsis: true,
        lineBreak: false,
      });
      doc.font(REGULAR).fontSize(8.5).fillColor(THEME.muted);
      // Two lines for the label ("critiques et détracteurs"), cut only beyond.
      doc.text(displayText(item.label), x + 8, page.y + 30, {
        width: boxWidth - 16,
        height: 24,
        ellipsis: true,
        lineGap: 0,
      });
    });
    page.y += 64;
  }
  page.y += 6;
}

/** Formula lines in a box of their own, set apart from the text. */
export function formula(page: PageCursor, lines: readonly string[]): void {
  const { doc } = page;
  const width = page.contentWidth() - 24;
  const texts = lines.map(displayText);
  doc.font(REGULAR).fontSize(9);
  const height = texts.reduce((h, l) => h + doc.heightOfString(l, { width }) + 2, 0) + 14;
  page.room(height);
  doc.font(REGULAR).fontSize(9);
  doc.save().rect(page.left, page.y, page.contentWidth(), height).fill('#f5f6f8').restore();
  doc.save().rect(page.left, page.y, 2, height).fill(THEME.accent).restore();
  let line = page.y + 7;
  for (const l of texts) {
    doc.fillColor(THEME.ink).text(l, page.left + 12, line, { width });
    line = doc.y + 2;
  }
  page.y += height + 8;
}
