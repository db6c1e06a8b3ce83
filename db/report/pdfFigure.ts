import type { Block } from '../../shared/report/reportDoc';
import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';
import { paintScene } from './paintScene';
import { THEME, type PageCursor } from './pdfPage';

/** A figure wider than tall by this much gets a landscape page. */
const LANDSCAPE_RATIO = 1.15;

/**
 * A figure, as vectors: on a page of its own (landscape when wide; its title above, its caption
 * under it, the figure as large as the page allows), or in the flow of the text, as wide as the
 * text and at most `maxHeight` high.
 */
export function figure(page: PageCursor, block: Extract<Block, { kind: 'figure' }>): void {
  const { doc } = page;
  const scene = block.scene;
  const width = page.contentWidth();
  if (block.page) {
    const wide = scene.width / Math.max(1, scene.height) > LANDSCAPE_RATIO;
    page.newPage(wide ? 'landscape' : 'portrait');
    if (block.title) {
      doc.font(BOLD).fontSize(13).fillColor(THEME.ink);
      doc.text(displayText(block.title), page.left, page.y, { width: width });
      page.y = doc.y + 8;
    }
    let captionHeight = 0;
    if (block.caption) {
      doc.font(REGULAR).fontSize(9);
      captionHeight = doc.heightOfString(displayText(block.caption), { width: width }) + 10;
    }
    const drawn = paintScene(doc, scene, {
      x: page.left,
      y: page.y,
      width: width,
      height: Math.max(40, page.bottom() - page.y - captionHeight),
    });
    page.y += drawn + 8;
    caption(page, block.caption);
    page.pageDone();
    return;
  }
  const k = Math.min(
    width / Math.max(1, scene.width),
    (block.maxHeight ?? 320) / Math.max(1, scene.height),
  );
  const height = scene.height * k;
  page.room(height + 8);
  paintScene(doc, scene, { x: page.left, y: page.y, width: width, height });
  page.y += height + 6;
  caption(page, block.caption);
  page.y += 6;
}

function caption(page: PageCursor, text: string | undefined): void {
  if (!text) return;
  const { doc } = page;
  doc.font(REGULAR).fontSize(9).fillColor(THEME.muted);
  doc.text(displayText(text), page.left, page.y, { width: page.contentWidth() });
  page.y = doc.y + 6;
}
