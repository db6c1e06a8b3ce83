// `npm run bench`: bundles the benchmarks in bench/ with esbuild and runs them under Node. Figures are
// reported, never asserted: a timed test would flake on a busy machine.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/index.ts', 'bench/tableScroll.ts'],
  outdir: 'dist/bench',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'playwright-core'],
  logLevel: 'warning',
});
// The Node benchmarks first, then the browser one (needs `npm run build` and Chromium).
for (const script of ['index.cjs', 'tableScroll.cjs']) {
  if (script === 'tableScroll.cjs' && process.argv.includes('--no-browser')) continue;
  const result = spawnSync(process.execPath, [`dist/bench/${script}`], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
