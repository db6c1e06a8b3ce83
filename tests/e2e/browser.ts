import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.INFLUMAP_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with no network chatter (the build machines have no network). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
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
