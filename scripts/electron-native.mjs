// Builds better-sqlite3 for Electron's ABI into build/electron-native/, from a copy of its
// sources, so the Node build in node_modules (tests, CLI, browser mode) is never overwritten.
// The Electron main process loads it through better-sqlite3's `nativeBinding` option.
// Needs Electron's headers (downloaded by node-gyp from electronjs.org): run it where the network
// allows; `npm start` and `npm run dist` call it when the addon is missing or stale.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronVersion } from './electronRuntime.mjs';

const outDir = join(process.cwd(), 'build', 'electron-native');
const addon = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');
const version = electronVersion();

if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === version) {
  process.exit(0);
}
const source = join(outDir, 'src');
rmSync(source, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(join(process.cwd(), 'node_modules', 'better-sqlite3'), source, {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
});
console.log(
  `Building better-sqlite3 for Electron ${version} (once; the Node build is left alone)…`,
);
const gyp = spawnSync(
  process.execPath,
  [
    join(process.cwd(), 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    'rebuild',
    '--release',
    `--target=${version}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: source, stdio: 'inherit' },
);
if (gyp.status !== 0) {
  console.error('Could not build better-sqlite3 for Electron (are Electron headers reachable?).');
  process.exit(gyp.status ?? 1);
}
cpSync(join(source, 'build', 'Release', 'better_sqlite3.node'), addon);
writeFileSync(stamp, version);
rmSync(source, { recursive: true, force: true });
