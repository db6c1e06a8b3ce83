// `npm run bench`: bundles bench/index.ts with esbuild and runs it under Node. Figures are
// reported, never asserted: a timed test would flake on a busy machine.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/index.ts'],
  outfile: 'dist/bench/index.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['dist/bench/index.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
