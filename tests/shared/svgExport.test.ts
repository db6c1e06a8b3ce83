import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legendModel } from '../../shared/graph/legend';
import { escapeXml, sceneSvg } from '../../shared/figures/sceneSvg';
import { MAP_LABEL_CHARS, mapScene } from '../../shared/figures/mapScene';
import { shorten } from '../../shared/figures/scene';
import type { Drawing } from '../../shared/graph/drawing';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const payload = '<img src=x onerror=alert(1)><script>alert(2)</script> javascript:alert(3) & "Co"';

const drawing: Drawing = {
  nodes: [
    {
      key: 'a1',
      label: payload,
      x: 0,
      y: 0,
      size: 30,
      color: '#b2182b',
      shape: 'ellipse',
      border: 3,
      stance: -2,
    },
    {
      key: 'a2',
      label: 'Lumo Home',
      x: 200,
      y: 80,
      size: 24,
      color: '#2166ac',
      shape: 'round-rectangle',
      border: 1.5,
      stance: 2,
    },
  ],
  edges: [{ key: 'r9', source: 'a1', target: 'a2', width: 2, opposes: true, directed: true }],
  hulls: [
    {
      communityId: 4,
      name: `Cercle ${payload}`,
      color: '#009e73',
      outline: [
        { x: -30, y: -30 },
        { x: 230, y: -30 },
        { x: 230, y: 110 },
        { x: -30, y: 110 },
      ],
      labelAt: { x: 100, y: -36 },
      members: 2,
    },
  ],
};

describe('SVG export', () => {
  const svg = sceneSvg(
    mapScene(drawing, {
      title: `Carte ${payload}`,
      subtitle: 'Vue d’ensemble',
      legend: legendModel('fr', 'reach'),
    }),
  );

  it('escapes every text so that hostile names stay inert', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son\w+=/i);
    expect(svg).not.toMatch(/javascript:/i);
    expect(svg).not.toMatch(/<foreignObject/i);
    expect(svg).toContain(escapeXml(shorten(payload, MAP_LABEL_CHARS)));
    expect(escapeXml('a<b & c="d"')).toBe('a&#60;b &#38; c&#61;&#34;d&#34;');
  });

  it('draws title, actors, relations and the legend', () => {
    expect(svg).toContain('Lumo Home');
    expect(svg).toContain('Détracteur');
    expect(svg).toContain(escapeXml('Taille : audience (échelle log)'));
    expect(svg.match(/<path d=/g)?.length).toBeGreaterThanOrEqual(2 + 5);
    // The opposing relation is dashed red and ends in a red arrowhead (a path, not a marker).
    expect(svg).toMatch(/<line [^>]*stroke="#d6604d"[^>]*stroke-dasharray="6 4"/);
    expect(svg).toMatch(/<path d="M[^"]*Z" fill="#d6604d"\/>/);
  });

  it('outlines communities under the relations and actors, their names escaped', () => {
    const communities = /<g id="communities">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    // Long names are cut on the picture (the tables of the report carry them whole).
    expect(communities).toContain(escapeXml(shorten(`Cercle ${payload}`, MAP_LABEL_CHARS)));
    expect(communities.match(/<path d="M/g)).toHaveLength(1);
    expect(svg.indexOf('id="communities"')).toBeLessThan(svg.indexOf('id="relations"'));
    // The hull's label sits above it, inside the picture.
    const top = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(top).toBeGreaterThan(0);
  });

  it('is well-formed XML (xmllint)', (context) => {
    if (!existsSync('/usr/bin/xmllint')) {
      console.warn(
        'skipped: xmllint is not installed (apt-get install libxml2-utils; .ci/run installs it)',
      );
      context.skip();
    }
    const file = join(tempDir(), 'map.svg');
    writeFileSync(file, svg);
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
  });
});
