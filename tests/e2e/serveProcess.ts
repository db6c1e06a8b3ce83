import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const CLI_BUNDLE = join(process.cwd(), 'dist', 'cli', 'influmap.cjs');

export type ServeProcess = {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
};

/**
 * Runs the built `influmap serve` as a user would, with its own user-data and maps folders, and
 * waits for the first line of stdout (the URL with its token).
 */
export async function startServe(
  dirs: { userData: string; maps: string },
  args: string[] = [],
): Promise<ServeProcess> {
  if (!existsSync(CLI_BUNDLE))
    throw new Error(`${CLI_BUNDLE} is missing: run npm run build first (npm test does)`);
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, 'serve', '--no-open', '--port', '0', ...args],
    {
      env: { ...process.env, INFLUMAP_USER_DATA: dirs.userData, INFLUMAP_MAPS_DIR: dirs.maps },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const stdout = child.stdout;
  if (!stdout) throw new Error('serve has no stdout');
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code}: ${stderr.join('')}`)),
    );
  });
  const match = /^Influmap running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)$/.exec(
    firstLine,
  );
  if (!match?.[1] || !match[2]) throw new Error(`unexpected first line: ${firstLine}`);
  const [, origin, token] = match;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
