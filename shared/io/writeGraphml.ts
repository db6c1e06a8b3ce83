import {
  actorFields,
  customColumns,
  finiteOrNull,
  writable,
  type ExportedMap,
} from './exportModel';
import { escapeXml } from './writeGexf';

type Key = {
  id: string;
  domain: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'long' | 'double' | 'boolean';
};

/**
 * GraphML (valid against the GraphML XSD): typed keys for every actor field and custom field,
 * positions as `x`/`y` (as Gephi writes them), relations with their direction each, type,
 * weight, evidence and date. yEd, Gephi, igraph and NetworkX read it.
 */
export function writeGraphml(map: ExportedMap): string {
  const custom = customColumns(map.actors);
  const keys: Key[] = [
    { id: 'label', domain: 'node', name: 'label', type: 'string' },
    { id: 'kind', domain: 'node', name: 'kind', type: 'string' },
    { id: 'role', domain: 'node', name: 'role', type: 'string' },
    { id: 'stance', domain: 'node', name: 'stance', type: 'int' },
    { id: 'offline_stance', domain: 'node', name: 'offline_stance', type: 'int' },
    { id: 'reach', domain: 'node', name: 'reach', type: 'long' },
    { id: 'resonance', domain: 'node', name: 'resonance', type: 'double' },
    { id: 'country', domain: 'node', name: 'country', type: 'string' },
    { id: 'tags', domain: 'node', name: 'tags', type: 'string' },
    { id: 'notes', domain: 'node', name: 'notes', type: 'string' },
    { id: 'community', domain: 'node', name: 'community', type: 'string' },
    { id: 'x', domain: 'node', name: 'x', type: 'double' },
    { id: 'y', domain: 'node', name: 'y', type: 'double' },
    ...custom.map((name, i): Key => {
      const values = map.actors.map((a) => a.custom[name]).filter((v) => v !== undefined);
      const type = values.every((v) => typeof v === 'number')
        ? 'double'
        : values.every((v) => typeof v === 'boolean')
          ? 'boolean'
          : 'string';
      return { id: `c${i}`, domain: 'node', name, type };
    }),
    { id: 'type', domain: 'edge', name: 'type', type: 'string' },
    { id: 'weight', domain: 'edge', name: 'weight', type: 'double' },
    { id: 'evidence', domain: 'edge', name: 'evidence', type: 'string' },
    { id: 'observedOn', domain: 'edge', name: 'observedOn', type: 'string' },
  ];
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of keys)
    out.push(
      `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    );
  // A graph id must be an XML name token: the map's name goes in the description.
  out.push('  <graph id="G" edgedefault="directed">');
  out.push(`    <desc>${escapeXml(map.name)}</desc>`);
  // Numbers that are not finite are left out: xs:double's INF is not what readers expect.
  const data = (key: string, raw: unknown, indent: string) => {
    const value = writable(raw);
    return value === null || value === undefined || value === ''
      ? null
      : `${indent}<data key="${key}">${escapeXml(String(value))}</data>`;
  };
  for (const a of map.actors) {
    out.push(`    <node id="${escapeXml(a.key)}">`);
    const values: Array<[string, unknown]> = [
      ['label', a.name],
      ...actorFields(a),
      // Both or neither: half a position is none.
      ['x', finiteOrNull(a.y) === null ? null : a.x],
      ['y', finiteOrNull(a.x) === null ? null : a.y],
      ...custom.map((name, i): [string, unknown] => [`c${i}`, a.custom[name]]),
    ];
    for (const [key, value] of values) {
      const line = data(key, value, '      ');
      if (line) out.push(line);
    }
    out.push('    </node>');
  }
  map.relations.forEach((r, i) => {
    out.push(
      `    <edge id="e${i}" source="${escapeXml(r.source)}" target="${escapeXml(r.target)}" directed="${r.directed}">`,
    );
    for (const [key, value] of [
      ['type', r.type],
      ['weight', finiteOrNull(r.weight) ?? 1],
      ['evidence', r.evidence],
      ['observedOn', r.observedOn],
    ] as Array<[string, unknown]>) {
      const line = data(key, value, '      ');
      if (line) out.push(line);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}
