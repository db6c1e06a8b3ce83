import { join } from 'node:path';
import { main, type MainContext } from '../../cli/main';
import { captureOutput } from './captureOutput';

/**
 * Runs the CLI's `main` in-process as a terminal would (with `env` as its environment), with no
 * built UI, and returns its exit code and output lines.
 */
export async function runCli(argv: string[], scratchDir: string, env: NodeJS.ProcessEnv = {}) {
  const output = captureOutput();
  const context: MainContext = {
    output,
    env,
    staticDir: join(scratchDir, 'no-ui'),
    version: 'test',
  };
  const code = await main(argv, context);
  return { code, stdout: output.stdout, stderr: output.stderr };
}
