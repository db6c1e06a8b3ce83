import type PDFDocument from 'pdfkit';
import type { PageSize } from '../../shared/domain/schemas';
import { displayText } from '../../shared/util/displayText';
import { BOLD } from './fonts';

export type Doc = InstanceType<typeof PDFDocument>;
export type Orientation = 'portrait' | 'landscape';

/** The report's look: margins (points), colours, body size. */
export const MARGIN = { top: 72, bottom: 62, left: 56, right: 56 };
export const THEME = {
  ink: '#1f2430',
  muted: '#5f6778',
  accent: '#2166ac',
  rule: '#c9ced8',
  note: '#8c510a',
  body: 10,
};

/**
 * Where writing stands on the current page, and the one way pages begin: a section's title is
 * printed on its first page (whatever that page is: a figure's landscape page too), and a block
 * that does not fit starts a new page rather than overflowing.
 */
export class PageCursor {
  /** Where the next block starts on the page. */
  y = MARGIN.top;
  private pendingTitle: string | null = null;
  /** The next block needs a fresh page (a section starts, or a figure page was just drawn). */
  private needPage = true;
  readonly left = MARGIN.left;

  constructor(
    readonly doc: Doc,
    private readonly pageSize: PageSize,
  ) {}

  get size(): 'A4' | 'LETTER' {
    return this.pageSize === 'Letter' ? 'LETTER' : 'A4';
  }
  contentWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  /** The height a page offers to blocks. */
  usableHeight(): number {
    return this.bottom() - MARGIN.top;
  }
  pages(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(orientation: Orientation = 'portrait'): void {
    this.doc.addPage({ size: this.size, layout: orientation, margins: MARGIN });
    this.y = MARGIN.top;
    this.needPage = false;
    if (this.pendingTitle !== null) {
      this.sectionTitle(this.pendingTitle);
      this.pendingTitle = null;
    }
  }
  ensurePage(): void {
    if (this.needPage) this.newPage();
  }
  /** Starts a new page unless `height` more points fit on this one. */
  room(height: number): void {
    this.ensurePage();
    if (this.y + height > this.bottom()) this.newPage();
  }
  /** A section begins: its title waits for the section's first page. */
  startSection(title: string): void {
    this.pendingTitle = title;
    this.needPage = true;
  }
  /** What was drawn fills its page (the cover, a figure page): the next block starts a new one. */
  pageDone(): void {
    this.needPage = true;
  }
  /** A section left without blocks still prints its title. */
  flush(): void {
    if (this.pendingTitle !== null) this.newPage();
  }

  private sectionTitle(title: string): void {
    const { doc } = this;
    doc.save().rect(this.left, this.y, 4, 26).fill(THEME.accent).restore();
    doc.font(BOLD).fontSize(20).fillColor(THEME.ink);
    doc.text(displayText(title), this.left + 14, this.y + 2, { width: this.contentWidth() - 14 });
    this.y = Math.max(doc.y, this.y + 26) + 16;
  }
}
