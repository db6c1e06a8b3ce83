import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, tempDir(), env);

describe('influmap new and stats', () => {
  it('creates the demo map and reports its counts as JSON', async () => {
    const path = join(tempDir(), 'launch.influmap');
    const created = await run(['new', path, '--demo']);
    expect(created.code).toBe(0);
    expect(created.stdout[0]).toMatch(/^Created .*launch\.influmap \(\d+ actors/);

    const stats = await run(['stats', path, '--json']);
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout.join('\n')) as Record<string, number>;
    expect(parsed).toMatchObject({ communities: 3, topics: 2, journeys: 1 });
    expect(parsed.actors).toBeGreaterThanOrEqual(55);
    expect(parsed.relations).toBeGreaterThan(100);
  });

  it('names an empty map with --name', async () => {
    const path = join(tempDir(), 'client.influmap');
    expect((await run(['new', path, '--name', 'Water treatment 2027'])).code).toBe(0);
    const stats = await run(['stats', path, '--json']);
    expect(JSON.parse(stats.stdout[0] ?? '{}')).toMatchObject({
      actors: 0,
      relations: 0,
      name: 'Water treatment 2027',
    });
  });
});

describe('influmap with bad input', () => {
  it('refuses a CSV renamed .influmap in one line, exit 1, and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'export.influmap');
    writeFileSync(path, 'id;label\n1;Alice\n');
    const before = sha256(path);
    const result = await run(['stats', path, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain(path);
    expect(result.stderr[0]).toMatch(/not an Influmap map/);
    expect(result.stderr[0]).not.toMatch(/\bat .*:\d+:\d+/);
    expect(sha256(path)).toBe(before);
  });

  it('speaks French when the terminal does', async () => {
    const path = join(tempDir(), 'vide.influmap');
    writeFileSync(path, '');
    const result = await run(['stats', path], { LANG: 'fr_FR.UTF-8' });
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/est vide/);
  });

  it('refuses to overwrite a file with new', async () => {
    const path = join(tempDir(), 'taken.influmap');
    writeFileSync(path, 'keep me');
    const result = await run(['new', path]);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/already exists/);
  });

  it.each([
    [['stats'], /which map/],
    [['stats', 'a.influmap', '--colour'], /Unknown option/i],
    [['frobnicate'], /unknown command/],
    [['serve', '--port', 'eighty'], /not a port/],
    [['import', 'a.influmap', 'b.pdf'], /not available yet/],
    [['export', 'a.influmap', '--format', 'pdf', '--out', 'x.pdf'], /no such file/],
    [['report', 'a.influmap'], /where to\?/],
    [['path', 'a.influmap', '--journey', 'a', '--journey', 'b'], /--journey given more than once/],
    [['export', 'a.influmap', '--format', 'bmp', '--out', 'x.bmp'], /not one of/],
    [['export', 'a.influmap', '--out', 'x.svg'], /which format/],
    [['stats', '/nonexistent/dir/none.influmap'], /no such file/],
  ])('%j gets one clear line and exit 1', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(message);
  });

  it('refuses to serve when the user interface is not built', async () => {
    const result = await run(['serve', '--no-open']);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/not built/);
  });
});
