// `npm run bench`: bundles the benchmarks in bench/ with esbuild and runs them under Node. Figures are
// reported, never asserted: a timed test would flake on a busy machine.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: [
    'bench/index.ts',
    'bench/tableScroll.ts',
    'bench/renderBench.ts',
    'bench/layoutBench.ts',
    'bench/communityBench.ts',
    'bench/journeyBench.ts',
    'bench/importBench.ts',
    'bench/reportBench.ts',
    'bench/reportRun.ts',
  ],
  outdir: 'dist/bench',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'playwright-core', 'pdfkit', 'exceljs'],
  logLevel: 'warning',
});
// The page the rendering benchmark runs in: cytoscape (as the app configures it) and sigma.js.
await build({
  entryPoints: ['bench/browser/renderBench.ts'],
  outdir: 'dist/bench/render',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  logLevel: 'warning',
});

// The Node benchmarks first, then the browser ones (they need `npm run build` and Chromium).
const BROWSER = new Set(['tableScroll.cjs', 'renderBench.cjs']);
for (const script of [
  'index.cjs',
  'layoutBench.cjs',
  'communityBench.cjs',
  'journeyBench.cjs',
  'importBench.cjs',
  'reportBench.cjs',
  'tableScroll.cjs',
  'renderBench.cjs',
]) {
  if (BROWSER.has(script) && process.argv.includes('--no-browser')) continue;
  // `npm run bench -- --only=index,layoutBench` runs a subset while working on one figure.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only && !only.split(',').includes(script.replace(/\.cjs$/, ''))) continue;
  const result = spawnSync(process.execPath, [`dist/bench/${script}`], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
