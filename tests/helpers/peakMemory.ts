import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Runs a TypeScript snippet in a fresh `node` process and returns what it printed last (JSON)
 * with the process's peak resident memory: a hostile file's cost is measured where nothing else
 * (the test runner, other tests) shares the heap. The snippet may import the repository's
 * modules by paths relative to its root; it should write its big file to disk in pieces, so
 * that generating it costs no memory, and print `baseline` (maxRSS before the work, in kB).
 */
export function runMeasured<T>(
  dir: string,
  snippet: string,
): T & { peakMB: number; baselineMB: number } {
  // Beside node_modules, so that the native modules left out of the bundle resolve.
  const cache = join(process.cwd(), 'node_modules', '.cache', 'influmap-measured');
  mkdirSync(cache, { recursive: true });
  const bundle = join(cache, `${basename(dir)}.mjs`);
  const { outputFiles } = buildSync({
    stdin: { contents: snippet, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    external: ['better-sqlite3', 'exceljs', 'pdfkit', '@resvg/resvg-js'],
    logLevel: 'silent',
  });
  writeFileSync(bundle, outputFiles?.[0]?.text ?? '');
  const child = spawnSync(process.execPath, [bundle], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  rmSync(bundle, { force: true });
  if (child.status !== 0) throw new Error(`measured run failed: ${child.stderr}`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '{}';
  const result = JSON.parse(last) as T & { baseline: number; peak: number };
  return { ...result, baselineMB: result.baseline / 1024, peakMB: result.peak / 1024 };
}
