import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const run = (argv: string[]) => runCli(argv, tempDir());

type PathJson = {
  journey: string;
  stages: Array<{ stage: string; actors: string[]; score: number; exposure: string[] }>;
  whiteSpots: string[];
  score: number;
};

describe('influmap path', () => {
  it("prints the demo journey's influence path as the contract says, without writing", async () => {
    const path = join(tempDir(), 'demo.influmap');
    expect((await run(['new', path, '--demo'])).code).toBe(0);
    const before = sha256(path);
    const result = await run(['path', path, '--journey', 'First smart-home hub', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.join('')) as PathJson;
    expect(report.journey).toBe('First smart-home hub');
    expect(report.stages.map((s) => s.stage)).toEqual([
      'Awareness',
      'Consideration',
      'Evaluation',
      'Purchase',
      'Installation',
      'Loyalty',
      'Advocacy',
    ]);
    // Loyalty has only a critic placed: a white spot, with that critic as its exposure.
    expect(report.whiteSpots).toEqual(['Loyalty']);
    const loyalty = report.stages.find((s) => s.stage === 'Loyalty');
    expect(loyalty).toMatchObject({ actors: [], score: 0, exposure: ['sacha-lemerle'] });
    // Evaluation: the privacy detractors placed there are exposure, never voices.
    const evaluation = report.stages.find((s) => s.stage === 'Evaluation');
    expect(evaluation?.exposure).toEqual(expect.arrayContaining(['vigie-numerique']));
    expect(evaluation?.actors).not.toContain('vigie-numerique');
    const sum = report.stages.reduce((total, s) => total + s.score, 0);
    expect(report.score).toBeCloseTo(sum, 1);
    expect(sha256(path)).toBe(before);

    // By id, on a named topic: the same journey, another ranking.
    const byId = await run([
      'path',
      path,
      '--journey',
      '1',
      '--topic',
      'smart-home privacy',
      '--json',
    ]);
    expect(byId.code).toBe(0);
    expect((JSON.parse(byId.stdout.join('')) as PathJson).journey).toBe('First smart-home hub');
    // Human-readable output marks white spots.
    const text = await run(['path', path, '--journey', 'first smart-home hub']);
    expect(text.stdout.join('\n')).toMatch(/Loyalty\s+WHITE SPOT/);
  });

  it('says which journey or topic is unknown, with exit status 1 and no stack trace', async () => {
    const path = join(tempDir(), 'demo.influmap');
    await run(['new', path, '--demo']);
    const unknown = await run(['path', path, '--journey', 'Nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.join('')).toMatch(/no journey "Nope".*First smart-home hub/);
    const topic = await run(['path', path, '--journey', '1', '--topic', 'Nope']);
    expect(topic.code).toBe(1);
    expect(topic.stderr.join('')).toMatch(/no topic "Nope"/);
    const missing = await run(['path', path]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.join('')).toMatch(/which journey/);
    expect([...unknown.stderr, ...topic.stderr].join('')).not.toMatch(/at .*\.ts:\d+/);
  });
});
