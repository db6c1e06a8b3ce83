// Builds everything the app runs: the Node bundles (CLI, Electron main and preload) with esbuild,
// then the renderer with Vite. `npm install` runs it (prepare), so `npx influmap` works at once.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'process.env.INFLUMAP_BUILD_VERSION': JSON.stringify(version) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['cli/index.ts'],
    outfile: 'dist/cli/influmap.cjs',
    external: ['better-sqlite3', '@resvg/resvg-js', 'pdfkit'],
  }),
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  }),
  // The preload runs sandboxed: everything but `electron` must be bundled into it.
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
]);

if (!process.argv.includes('--node-only')) {
  const vite = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
