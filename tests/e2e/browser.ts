import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

export const CHROMIUM = CHROMIUM_PATH;

/** Debian's Chromium, headless, with no network chatter (the build machines have no network). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

/** Collects what must never happen on a page: uncaught errors, CSP violations, dialogs (XSS). */
export type PageWatch = {
  problems: string[];
  /** Removes and returns the problems a test provoked on purpose (matching `pattern`). */
  takeExpected(pattern: RegExp): string[];
};

export function watchPage(page: Page): PageWatch {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'confirm')
      problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.accept();
  });
  return {
    problems,
    takeExpected(pattern) {
      const expected = problems.filter((p) => pattern.test(p));
      problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
      return expected;
    },
  };
}

/** Pixels drawn by cytoscape: counts non-blank pixels over its canvases, to tell a map from a void. */
export async function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let painted = 0;
    for (const canvas of Array.from(
      document.querySelectorAll<HTMLCanvasElement>('[data-testid=influence-map] canvas'),
    )) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
    }
    return painted;
  });
}

/** Where cytoscape draws a node, in page coordinates (via the map's read-only automation hook). */
export async function nodeOnPage(
  page: Page,
  nodeId: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const map = document.querySelector('[data-testid=influence-map]') as
      | (HTMLElement & { renderedPositionOf?: (n: string) => { x: number; y: number } | null })
      | null;
    const rect = map?.getBoundingClientRect();
    const rendered = map?.renderedPositionOf?.(id);
    return rect && rendered ? { x: rect.left + rendered.x, y: rect.top + rendered.y } : null;
  }, nodeId);
}
