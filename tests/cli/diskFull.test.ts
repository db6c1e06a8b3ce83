import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMap } from '../../db/file/openMap';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/**
 * A real full disk: a 96 KB tmpfs, nearly full. Mounting needs root (the CI runs as root); elsewhere these
 * tests skip and say why.
 */
let full: string | null = null;
let whyNot = '';
beforeAll(() => {
  const mountPoint = join(tempDir(), 'full-disk');
  mkdirSync(mountPoint);
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', mountPoint], {
    encoding: 'utf8',
  });
  if (mount.status === 0) {
    full = mountPoint;
    // All but 8 KB taken: smaller than any export of the demo map.
    writeFileSync(join(full, 'filler'), Buffer.alloc(88 * 1024, 1));
  } else {
    whyNot = `cannot mount a small tmpfs (${(mount.stderr || mount.error?.message || '').trim()})`;
    console.warn(`skipping the full-disk tests: ${whyNot}`);
  }
});
afterAll(() => {
  if (full) spawnSync('umount', [full]);
});

let demo = '';
const demoMap = async () => {
  if (!demo) {
    demo = join(tempDir(), 'demo.influmap');
    expect((await runCli(['new', demo, '--demo'], tempDir())).code).toBe(0);
  }
  return demo;
};

describe('exports onto a full disk say so in one line and leave nothing behind', () => {
  for (const format of ['json', 'csv', 'gexf', 'graphml', 'svg', 'pdf'] as const)
    it(`export --format ${format}`, async (context) => {
      if (!full) return context.skip(whyNot);
      const map = await demoMap();
      const out = join(full, `export.${format}`);
      const result = await runCli(['export', map, '--format', format, '--out', out], tempDir());
      expect(result.code).toBe(1);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toMatch(
        /^influmap: The disk is full: nothing was written to .*full-disk/,
      );
      expect(result.stderr[0]).not.toMatch(/\n| {4}at /);
      expect(readdirSync(full)).toEqual(['filler']);
    });

  it('in French too', async (context) => {
    if (!full) return context.skip(whyNot);
    const result = await runCli(
      ['export', await demoMap(), '--format', 'json', '--out', join(full, 'a.json')],
      tempDir(),
      { LANG: 'fr_FR.UTF-8' },
    );
    expect(result.stderr[0]).toMatch(/Disque plein : rien n’a été écrit dans/);
    expect(readdirSync(full)).toEqual(['filler']);
  });
});

describe('exports of a map that cannot be read say why in one line', () => {
  it('a map open elsewhere', async () => {
    const map = await demoMap();
    const holder = openMap(map);
    try {
      for (const format of ['json', 'gexf', 'svg']) {
        const result = await runCli(
          ['export', map, '--format', format, '--out', join(tempDir(), `x.${format}`)],
          tempDir(),
        );
        expect(result.code).toBe(1);
        expect(result.stderr).toEqual([expect.stringMatching(/is open elsewhere/)]);
      }
    } finally {
      holder.close();
    }
  });

  it('a map that does not exist', async () => {
    for (const format of ['json', 'gexf', 'pdf']) {
      const result = await runCli(
        [
          'export',
          join(tempDir(), 'missing.influmap'),
          '--format',
          format,
          '--out',
          join(tempDir(), 'x'),
        ],
        tempDir(),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toEqual([expect.stringMatching(/missing\.influmap: no such file/)]);
    }
  });
});
