import { nodeSize, stanceColor } from '../graph/encoding';
import {
  actorFields,
  customColumns,
  finiteOrNull,
  writable,
  type ExportedMap,
} from './exportModel';

export const escapeXml = (text: string): string =>
  withoutInvalidXmlChars(
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  );

/** Characters XML 1.0 cannot hold at all, dropped rather than written into an invalid file. */
function withoutInvalidXmlChars(text: string): string {
  const invalid = (code: number) =>
    code < 0x20 ? code !== 9 && code !== 10 && code !== 13 : code === 0xfffe || code === 0xffff;
  let i = 0;
  while (i < text.length && !invalid(text.charCodeAt(i))) i += 1;
  if (i === text.length) return text;
  let out = '';
  for (const c of text) if (!invalid(c.charCodeAt(0))) out += c;
  return out;
}

type Column = {
  id: string;
  title: string;
  type: 'string' | 'integer' | 'double' | 'boolean' | 'long';
};

/**
 * GEXF 1.3 (valid against the RELAX NG grammar of gexf.net): one attribute per actor field and
 * custom field, typed; viz colour from the stance, size from the reach, position from the default
 * view; relations as edges labelled with their type, directed or not each, with weight, evidence
 * and date as attributes. Gephi opens it as it stands.
 */
export function writeGexf(map: ExportedMap): string {
  const custom = customColumns(map.actors);
  const nodeColumns: Column[] = [
    { id: 'kind', title: 'kind', type: 'string' },
    { id: 'role', title: 'role', type: 'string' },
    { id: 'stance', title: 'stance', type: 'integer' },
    { id: 'offline_stance', title: 'offline_stance', type: 'integer' },
    { id: 'reach', title: 'reach', type: 'long' },
    { id: 'resonance', title: 'resonance', type: 'double' },
    { id: 'country', title: 'country', type: 'string' },
    { id: 'tags', title: 'tags', type: 'string' },
    { id: 'notes', title: 'notes', type: 'string' },
    { id: 'community', title: 'community', type: 'string' },
    ...custom.map((name, i) => ({
      id: `c${i}`,
      title: name,
      type: typeOfColumn(map.actors.map((a) => a.custom[name])),
    })),
  ];
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(
    `  <meta><creator>Influmap</creator><description>${escapeXml(map.name)}</description></meta>`,
  );
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  for (const c of nodeColumns)
    out.push(`      <attribute id="${c.id}" title="${escapeXml(c.title)}" type="${c.type}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="evidence" title="evidence" type="string"/>');
  out.push('      <attribute id="observedOn" title="observedOn" type="string"/>');
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const a of map.actors) {
    const values: Array<[string, unknown]> = [
      ...actorFields(a),
      ...custom.map((name, i): [string, unknown] => [`c${i}`, a.custom[name]]),
    ];
    out.push(`      <node id="${escapeXml(a.key)}" label="${escapeXml(a.name)}">`);
    out.push('        <attvalues>');
    for (const [id, raw] of values) {
      const value = writable(raw);
      if (value !== null && value !== undefined && value !== '')
        out.push(`          <attvalue for="${id}" value="${escapeXml(String(value))}"/>`);
    }
    out.push('        </attvalues>');
    const color = stanceColor(a.stance);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:size value="${nodeSize(finiteOrNull(a.reach))}"/>`);
    // GEXF's y axis points up. A position that is not finite is no position (exportModel.ts).
    const [x, y] = [finiteOrNull(a.x), finiteOrNull(a.y)];
    if (x !== null && y !== null) out.push(`        <viz:position x="${x}" y="${-y}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  map.relations.forEach((r, i) => {
    const attributes: Array<[string, string | null]> = [
      ['evidence', r.evidence],
      ['observedOn', r.observedOn],
    ];
    const kept = attributes.filter(([, v]) => v !== null && v !== '');
    const open = `      <edge id="${i}" source="${escapeXml(r.source)}" target="${escapeXml(r.target)}" type="${r.directed ? 'directed' : 'undirected'}" label="${escapeXml(r.type)}" weight="${finiteOrNull(r.weight) ?? 1}"`;
    if (kept.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    out.push(`${open}>`);
    out.push('        <attvalues>');
    for (const [id, value] of kept)
      out.push(`          <attvalue for="${id}" value="${escapeXml(String(value))}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

function typeOfColumn(values: readonly unknown[]): Column['type'] {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return 'double';
  return 'string';
}
