import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPage, type PageWatch } from './browser';
import { startServe, type ServeProcess } from './serveProcess';

export type AppSession = {
  serve: ServeProcess;
  browser: Browser;
  page: Page;
  watched: PageWatch;
  /** Closes the browser and stops `serve`; resolves to serve's exit code. */
  close(): Promise<number | null>;
};

/**
 * The app as a user gets it in browser mode: the built `influmap serve` with its own user-data and
 * maps folders under `dir`, and a Chromium page watched for errors, CSP violations and dialogs
 * (confirmations are accepted). The page is not navigated yet: `page.goto(app.serve.url)`.
 */
export async function openApp(dir: string): Promise<AppSession> {
  const serve = await startServe({ userData: join(dir, 'user-data'), maps: join(dir, 'maps') });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const watched = watchPage(page);
  return {
    serve,
    browser,
    page,
    watched,
    close: async () => {
      await browser.close();
      return serve.stop();
    },
  };
}

/** The app opened on the demo map (the first run opens it), its 60 actors drawn. */
export async function openDemoApp(dir: string): Promise<AppSession> {
  const app = await openApp(dir);
  await app.page.goto(app.serve.url);
  await app.page.waitForSelector('[data-testid=influence-map][data-node-count="60"]');
  return app;
}
