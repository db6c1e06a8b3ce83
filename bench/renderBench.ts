import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium';

/**
 * Issue 4's rendering benchmark: serves the bench page (bench/browser/renderBench.ts, bundled by
 * scripts/bench.mjs) on 127.0.0.1 and runs it in Debian's Chromium for 1 000, 5 000 and 20 000
 * actors (5 relations each), cytoscape as the app configures it beside sigma.js.
 */
async function main(): Promise<void> {
  const script = readFileSync(join('dist', 'bench', 'render', 'renderBench.js'));
  const page = `<!doctype html><html><body style="margin:0"><div id="stage" style="width:1200px;height:800px"></div><script src="/renderBench.js"></script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/renderBench.js')
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    console.log(
      '  map rendering (headless Chromium, software GL), cytoscape as configured by the app vs sigma.js:',
    );
    console.log(
      '  actors  relations  first frame cy / sigma (ratio)        pan-zoom frame median cy / sigma (ratio)   p95 cy / sigma',
    );
    for (const actors of [1_000, 5_000, 20_000]) {
      const r = await tab.evaluate(
        ([n, k]) =>
          (
            window as unknown as {
              runBench(
                n: number,
                k: number,
              ): Promise<{
                actors: number;
                relations: number;
                cytoscape: Record<string, number>;
                sigma: Record<string, number>;
              }>;
            }
          ).runBench(n, k),
        [actors, 5] as const,
      );
      const ratio = (a = NaN, b = NaN) => (a / b).toFixed(2);
      const c = r.cytoscape;
      const s = r.sigma;
      console.log(
        `  ${String(r.actors).padStart(6)}  ${String(r.relations).padStart(9)}  ${c.firstFrameMs?.toFixed(0)} / ${s.firstFrameMs?.toFixed(0)} ms (${ratio(c.firstFrameMs, s.firstFrameMs)}×)`.padEnd(
          62,
        ) +
          `${c.panZoomMedianMs?.toFixed(1)} / ${s.panZoomMedianMs?.toFixed(1)} ms (${ratio(c.panZoomMedianMs, s.panZoomMedianMs)}×)`.padEnd(
            40,
          ) +
          ` ${c.panZoomP95Ms?.toFixed(1)} / ${s.panZoomP95Ms?.toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
