import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { startServe } from './serveProcess';

const run = promisify(execFile);
const tempDir = tempDirs();

/** `npx influmap …` from the repository root, as the README says. */
async function npxInflumap(args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['--no-install', 'influmap', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the influmap command, as installed', () => {
  it('creates the demo map and prints its stats as JSON', async () => {
    const path = join(tempDir(), 'demo.influmap');
    expect((await npxInflumap(['new', path, '--demo'])).code).toBe(0);
    const stats = await npxInflumap(['stats', path, '--json']);
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout) as Record<string, unknown>;
    for (const key of ['actors', 'relations', 'communities', 'topics', 'journeys'])
      expect(typeof parsed[key]).toBe('number');
  });

  it('prints one line and exits 1 on a bad file, with no stack trace', async () => {
    const path = join(tempDir(), 'bad.influmap');
    writeFileSync(path, 'Source,Target\n1,2\n');
    const result = await npxInflumap(['stats', path, '--json']);
    expect(result.code).toBe(1);
    const ours = result.stderr.split('\n').filter((line) => line.startsWith('influmap:'));
    expect(ours).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a map that `serve` holds open, naming why', async () => {
    const dir = tempDir();
    const path = join(dir, 'held.influmap');
    expect((await npxInflumap(['new', path])).code).toBe(0);
    const serve = await startServe({ userData: join(dir, 'ud'), maps: join(dir, 'maps') }, [path]);
    try {
      const result = await npxInflumap(['stats', path, '--json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/open elsewhere/);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
    expect((await npxInflumap(['stats', path, '--json'])).code).toBe(0);
  });
});
