// `npm start`: builds, then opens the desktop app. Where the Electron runtime is missing (it
// cannot be downloaded on our build machines) it says so in one line and starts browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { electronExecutable } from './electronRuntime.mjs';

const run = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['scripts/build.mjs']);
let child;
const electron = electronExecutable();
if (electron) {
  run(['scripts/electron-native.mjs']);
  child = spawn(electron, ['.'], { stdio: 'inherit' });
} else {
  console.log(
    'Electron runtime not installed (get it with: npx install-electron --no); starting browser mode instead.',
  );
  child = spawn(process.execPath, ['dist/cli/influmap.cjs', 'serve', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
