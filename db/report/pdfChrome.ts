import type { ReportDoc } from '../../shared/report/reportDoc';
import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';
import { MARGIN, THEME, type PageCursor } from './pdfPage';

/** The cover: kicker, title, the cover's lines (client, subject, author, date), confidentiality. */
export function cover(page: PageCursor, report: ReportDoc): void {
  const { doc } = page;
  doc.addPage({ size: page.size, layout: 'portrait', margins: MARGIN });
  const width = page.contentWidth();
  const left = page.left;
  doc.save().rect(0, 0, doc.page.width, 10).fill(THEME.accent).restore();
  let y = 200;
  doc.font(REGULAR).fontSize(12).fillColor(THEME.accent);
  doc.text(displayText(report.cover.kicker), left, y, { width });
  y = doc.y + 14;
  doc.font(BOLD).fontSize(28).fillColor(THEME.ink);
  // A hostile 5 000-character title is cut rather than pushed over the cover's lines.
  doc.text(displayText(report.cover.title), left, y, { width, height: 260, ellipsis: true });
  y = Math.min(doc.y, y + 260) + 30;
  doc
    .save()
    .moveTo(left, y)
    .lineTo(left + 120, y)
    .lineWidth(2)
    .strokeColor(THEME.accent)
    .stroke()
    .restore();
  y += 24;
  for (const line of report.cover.lines) {
    doc.font(REGULAR).fontSize(9).fillColor(THEME.muted);
    doc.text(displayText(line.label).toUpperCase(), left, y, { width });
    doc.font(BOLD).fontSize(13).fillColor(THEME.ink);
    doc.text(displayText(line.value), left, doc.y + 2, { width, height: 60, ellipsis: true });
    y = doc.y + 14;
  }
  doc.font(REGULAR).fontSize(8.5).fillColor(THEME.muted);
  doc.text(displayText(report.cover.confidential), left, page.bottom() - 30, { width });
  page.pageDone();
}

/** The running header and "page n of m" on every page but the cover, once all pages exist. */
export function runningHeaders(page: PageCursor, report: ReportDoc): void {
  const { doc } = page;
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing in the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.font(REGULAR).fontSize(8).fillColor(THEME.muted);
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
      .strokeColor(THEME.rule)
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
}
