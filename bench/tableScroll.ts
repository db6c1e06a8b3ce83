import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium';
import { createMap } from '../db/file/openMap';
import { seedGeneratedMap } from '../db/demo/generatedMap';

/**
 * The actors table at 20 000 actors, in Debian's Chromium, in browser mode: time until the first
 * rows show, then frame times while scrolling through the whole table (10 rows per frame).
 */
async function benchTableScroll(actors: number): Promise<Array<[string, string]>> {
  const dir = mkdtempSync(join(tmpdir(), 'influmap-bench-table-'));
  const path = join(dir, 'table.influmap');
  createMap(path, (db) => seedGeneratedMap(db, { actors, perActor: 5 })).close();
  const serve = spawn(
    process.execPath,
    [join('dist', 'cli', 'influmap.cjs'), 'serve', path, '--no-open', '--port', '0'],
    {
      env: { ...process.env, INFLUMAP_USER_DATA: join(dir, 'ud'), INFLUMAP_MAPS_DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const stdout = serve.stdout;
    if (!stdout) throw new Error('serve has no stdout');
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: stdout }).once('line', resolve),
    );
    const url = `${line.replace(/^.* at /, '')}#actors`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('[data-testid=table-body] [role=row]', { timeout: 120_000 });
    const firstRows = Date.now() - started;
    const frames = await page.evaluate(async () => {
      const body = document.querySelector('[data-testid=table-body]') as HTMLElement;
      const times: number[] = [];
      let last = performance.now();
      while (body.scrollTop + body.clientHeight < body.scrollHeight - 1) {
        body.scrollTop += 300;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    frames.sort((a, b) => a - b);
    const at = (q: number) =>
      frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? Number.NaN;
    return [
      [`actors table, ${actors} actors: first rows shown after open`, `${firstRows} ms`],
      [`actors table, ${actors} actors: scroll frame (2 rAF), median`, `${at(0.5).toFixed(1)} ms`],
      [
        `actors table, ${actors} actors: scroll frame, p95 / max`,
        `${at(0.95).toFixed(1)} / ${at(1).toFixed(1)} ms over ${frames.length} frames`,
      ],
    ];
  } finally {
    await browser.close();
    serve.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run by scripts/bench.mjs after the Node benchmarks; needs `npm run build` and Chromium.
void benchTableScroll(20_000).then((rows) => {
  for (const [what, value] of rows) console.log(`  ${what.padEnd(60)}  ${value}`);
});
