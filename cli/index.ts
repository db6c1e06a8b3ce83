import { join } from 'node:path';
import { main } from './main';
import { processOutput } from './output';

// Bundled to dist/cli/influmap.cjs; the renderer is built beside it in dist/renderer.
const staticDir = process.env.INFLUMAP_STATIC_DIR ?? join(__dirname, '..', 'renderer');

void main(process.argv.slice(2), {
  output: processOutput,
  env: process.env,
  staticDir,
  version: process.env.INFLUMAP_BUILD_VERSION ?? 'dev',
  onServe: (served) => {
    const stop = () => {
      void served.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
}).then((code) => {
  process.exitCode = code;
});
