import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_TEXT } from '../../shared/figures/figureText';
import { lanesScene } from '../../shared/figures/lanesScene';
import { loopScene } from '../../shared/figures/loopScene';
import { mapScene } from '../../shared/figures/mapScene';
import { pngScale } from '../../shared/figures/printSize';
import { riskScene } from '../../shared/figures/riskScene';
import { escapeXml, sceneSvg } from '../../shared/figures/sceneSvg';
import { wrapText, type Scene, type SceneItem } from '../../shared/figures/scene';
import { shortDate, voiceScene, weekStart } from '../../shared/figures/voiceScene';
import { influencePath, type PathStage } from '../../shared/journey/influencePath';
import { laneHeadings } from '../../shared/graph/layouts';
import { legendModel } from '../../shared/graph/legend';
import { displayText } from '../../shared/util/displayText';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

const texts = (scene: Scene): string[] => {
  const out: string[] = [];
  const visit = (item: SceneItem) => {
    if (item.kind === 'text') out.push(item.text);
    if (item.kind === 'group') item.items.forEach(visit);
  };
  scene.items.forEach(visit);
  return out;
};

/** A journey of four stages: two voices, a white spot (only a detractor there), a moment of truth. */
function journeyFixture() {
  const stages: PathStage[] = [
    {
      id: 1,
      name: 'Trigger',
      isMomentOfTruth: false,
      placements: [{ actorId: 10, legitimacy: 0.9 }],
    },
    {
      id: 2,
      name: 'Compare',
      isMomentOfTruth: true,
      placements: [{ actorId: 11, legitimacy: 0.8 }],
    },
    { id: 3, name: 'Buy', isMomentOfTruth: true, placements: [{ actorId: 12, legitimacy: 0.9 }] },
    {
      id: 4,
      name: 'Advocate',
      isMomentOfTruth: false,
      placements: [{ actorId: 10, legitimacy: 0.5 }],
    },
  ];
  const path = influencePath({
    stages,
    score: new Map([
      [10, 60],
      [11, 50],
      [12, 70],
    ]),
    stance: new Map([
      [10, 2],
      [11, 1],
      [12, -2],
    ]),
    neighbours: new Map(),
    communities: new Map(),
  });
  const names = new Map([
    [10, 'Ana Voix'],
    [11, 'Ben Relais'],
    [12, 'Cyd Contre'],
  ]);
  return {
    journey: { name: 'Loop of tests', stages },
    path,
    nameOf: (id: number) => names.get(id) ?? '?',
  };
}

describe('journey figures', () => {
  const { journey, path, nameOf } = journeyFixture();

  it('draw the loop with every stage, the moments of truth, the path, white spots and exposure', () => {
    expect(path.whiteSpots).toEqual(['Buy']);
    const words = texts(loopScene(journey, path, nameOf, FIGURE_TEXT.en));
    for (const stage of ['Trigger', '★ Compare', '★ Buy', 'Advocate'])
      expect(words).toContain(stage);
    expect(words).toContain('Ana Voix');
    expect(words).toContain('white spot');
    expect(words).toContain('⚠ 1');
    const french = texts(loopScene(journey, path, nameOf, FIGURE_TEXT.fr));
    expect(french).toContain('zone blanche');
  });

  it('draw the lanes with each stage’s voice, legitimacy, white spot and exposure', () => {
    const scene = lanesScene(journey, path, nameOf, FIGURE_TEXT.fr);
    const words = texts(scene);
    expect(words).toContain('★ Compare');
    expect(words).toContain('Ben Relais');
    expect(words).toContain('légitimité 80\u00a0% · 40,0');
    expect(words).toContain('zone blanche');
    expect(words).toContain('⚠ 1 détracteur');
    expect(words).toContain('Cyd Contre');
    const svg = sceneSvg(scene);
    expect(svg).toContain('stroke-dasharray="5 3"');
  });
});

describe('scenes written as SVG', () => {
  it('check every attribute value: colours, numbers, path data', () => {
    const svg = sceneSvg({
      width: 100,
      height: Number.NaN,
      title: 'T',
      items: [
        { kind: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '"/><script>alert(1)</script>' },
        { kind: 'path', d: 'M0 0 L10 10" onload="alert(1)', fill: '#123456' },
        { kind: 'circle', cx: Infinity, cy: 1, r: 2, fill: 'url(javascript:alert(1))' },
        { kind: 'text', x: 1, y: 2, text: 'a\u202Eb<c>', size: 10, fill: 'red' },
        { kind: 'group', name: '"><script>', items: [] },
      ],
    });
    expect(svg).not.toMatch(/<script|onload|javascript/i);
    expect(svg).toContain('height="0"');
    expect(svg).toContain('<path d="" fill="#123456"/>');
    expect(svg).toContain('cx="0"');
    expect(svg).toContain(`a[U+202E]b${escapeXml('<c>')}`);
    for (const [, colour] of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g))
      expect(colour).toMatch(/^(#[0-9a-f]{3,6}|none)$/i);
  });

  it('are well-formed XML (xmllint)', (context) => {
    if (!existsSync('/usr/bin/xmllint')) {
      console.warn(
        'skipped: xmllint is not installed (apt-get install libxml2-utils; .ci/run installs it)',
      );
      context.skip();
    }
    const { journey, path, nameOf } = journeyFixture();
    for (const scene of [
      loopScene(journey, path, nameOf, FIGURE_TEXT.en),
      lanesScene(journey, path, nameOf, FIGURE_TEXT.en),
    ]) {
      const file = join(tempDir(), 'figure.svg');
      writeFileSync(file, sceneSvg(scene));
      expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
    }
  });
});

describe('map figures', () => {
  const node = (key: string, x: number, y: number) => ({
    key,
    label: key,
    x,
    y,
    size: 20,
    color: '#2166ac',
    shape: 'ellipse' as const,
    border: 1,
    stance: 1,
  });

  it('name the lanes and the quadrants of their layout', () => {
    const drawing = { nodes: [node('a1', 0, 0), node('a2', 240, 0)], edges: [], hulls: [] };
    const lanes = mapScene(drawing, {
      title: 'Lanes',
      legend: [],
      annotations: {
        headings: laneHeadings(
          [
            { name: 'Awareness', isMomentOfTruth: false },
            { name: 'Purchase', isMomentOfTruth: true },
          ],
          FIGURE_TEXT.en.unplaced,
        ),
      },
    });
    expect(texts(lanes)).toEqual(
      expect.arrayContaining(['Awareness', '★ Purchase', 'Not placed on the journey']),
    );
    const chart = mapScene(drawing, {
      title: 'Power',
      legend: legendModel('fr', 'reach'),
      annotations: { quadrants: FIGURE_TEXT.fr.quadrants },
    });
    expect(texts(chart)).toEqual(
      expect.arrayContaining([
        'Détracteurs influents : à gérer de près',
        'Soutiens : à tenir informés',
        'Attitude : détracteur → ambassadeur',
      ]),
    );
  });

  it('bring highlighted actors forward and fade the others', () => {
    const drawing = { nodes: [node('a1', 0, 0), node('a2', 100, 0)], edges: [], hulls: [] };
    const svg = sceneSvg(mapScene(drawing, { title: 'H', legend: [], highlight: new Set(['a2']) }));
    expect(svg.match(/<g opacity="0.2">/g)).toHaveLength(1);
    expect(svg).toContain('stroke="#e6a700"');
  });
});

describe('other figures', () => {
  it('chart the risk hotspots riskiest first, with factors, bridges and responders', () => {
    const terms = {
      negativity: 0.8,
      reach: 0.5,
      size: 0.4,
      cohesion: 0.7,
      outward: 0.3,
      journey: 0.1,
      risk: 21,
    };
    const words = texts(
      riskScene(
        'Risks',
        [
          {
            name: 'Angry folks',
            risk: 21,
            size: 9,
            meanStance: -1.4,
            isDetractorCluster: true,
            terms,
            bridges: ['Bea Bridge'],
            responders: ['Ray Ally'],
          },
        ],
        FIGURE_TEXT.en,
      ),
    ).join(' | ');
    expect(words).toContain('Angry folks');
    expect(words).toContain('Risk 21.0');
    expect(words).toContain('negativity 0.80');
    expect(words).toContain('Bridges: Bea Bridge');
    expect(words).toContain('Ally responders: Ray Ally');
  });

  it('date the weeks of the share-of-voice chart', () => {
    expect(weekStart('2026-W01').toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(weekStart('2026-W10').toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(shortDate(weekStart('2026-W10'), 'fr')).toBe('2 mars 2026');
    const words = texts(
      voiceScene(
        'Energy',
        {
          topicId: 1,
          mentions: 12,
          own: 4,
          competitor: 2,
          other: 6,
          share: 1 / 3,
          sentiment: 0.1,
          timeline: [
            { week: '2026-W09', mentions: 5, sentiment: 0.2 },
            { week: '2026-W10', mentions: 7, sentiment: null },
          ],
        },
        FIGURE_TEXT.en,
        'en',
      ),
    );
    expect(words).toEqual(
      expect.arrayContaining(['23 Feb 2026', '2 Mar 2026', 'Mentions per week']),
    );
  });

  it('export PNG at print size unless a scale is asked for', () => {
    expect(pngScale(1000)).toBe(2);
    expect(pngScale(500)).toBeCloseTo(3.2);
    expect(pngScale(1000, 1)).toBe(1);
    expect(pngScale(10_000, 4)).toBeCloseTo(1.2);
  });

  it('wrap and mark text so that nothing hides or spoofs', () => {
    expect(wrapText('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapText('x'.repeat(13), 5)).toEqual(['xxxxx', 'xxxxx', 'xxx']);
    expect(wrapText('one two three four', 4, 2)).toEqual(['one', 'two…']);
    expect(displayText('Admin\u202Egnp.exe\n\u0007ok')).toBe('Admin[U+202E]gnp.exe ok');
  });
});
