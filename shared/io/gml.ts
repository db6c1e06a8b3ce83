import { importError } from './csv';
import type { AttributeValue, ImportedEdge, ImportedGraph, ImportedNode } from './graphModel';

type GmlValue = string | number | GmlList;
type GmlList = Array<[string, GmlValue, number]>;

/**
 * GML (the format of the classic network datasets: karate, football, polbooks, polblogs): a
 * tree of `key value` pairs and `key [ … ]` lists. Strings are quoted; `&quot;`-style entities
 * in them are left as written.
 */
export function readGml(text: string, fileName: string): ImportedGraph {
  let i = 0;
  let line = 1;
  // GML has no reason of its own: a broken structure is "no graph found", with what broke.
  const fail = (reason: 'not-a-graph' | 'too-deep', detail: string): never => {
    throw importError(fileName, reason, { line, detail });
  };
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i] as string)) {
        if (text[i] === '\n') line += 1;
        i += 1;
      }
      if (text[i] === '#') {
        while (i < text.length && text[i] !== '\n') i += 1;
        continue;
      }
      return;
    }
  };
  const list = (depth: number, closing: boolean): GmlList => {
    if (depth > 64) fail('too-deep', '64 levels');
    const out: GmlList = [];
    for (;;) {
      skip();
      if (i >= text.length) {
        if (closing) fail('not-a-graph', 'a [ is never closed (truncated file?)');
        return out;
      }
      if (text[i] === ']') {
        if (!closing) fail('not-a-graph', 'a ] closes nothing');
        i += 1;
        return out;
      }
      const key = /^[A-Za-z_][\w]*/.exec(text.slice(i, i + 128))?.[0];
      if (!key) fail('not-a-graph', `unexpected "${text.slice(i, i + 10)}"`);
      const keyLine = line;
      i += (key as string).length;
      skip();
      let value: GmlValue;
      if (text[i] === '[') {
        i += 1;
        value = list(depth + 1, true);
      } else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end === -1) fail('not-a-graph', 'a string is never closed');
        value = text.slice(i + 1, end);
        for (let k = i; k < end; k += 1) if (text[k] === '\n') line += 1;
        i = end + 1;
      } else {
        const token = /^[^\s\]]+/.exec(text.slice(i, i + 64))?.[0] ?? '';
        if (!token) fail('not-a-graph', `no value for ${key as string}`);
        i += token.length;
        const n = Number(token);
        value = Number.isNaN(n) ? token : n;
      }
      out.push([key as string, value, keyLine]);
    }
  };
  const top = list(0, false);
  const graph = top.find(([k, v]) => k === 'graph' && Array.isArray(v))?.[1];
  if (!Array.isArray(graph))
    throw importError(fileName, 'not-a-graph', { detail: 'no graph [ … ]' });
  const directed = graph.some(([k, v]) => k === 'directed' && v === 1);
  const flat = (entries: GmlList): Record<string, AttributeValue> => {
    const out: Record<string, AttributeValue> = {};
    for (const [k, v] of entries) if (!Array.isArray(v)) out[k] = v;
    return out;
  };
  const nodes: ImportedNode[] = [];
  const edges: ImportedEdge[] = [];
  for (const [k, v, entryLine] of graph) {
    if (!Array.isArray(v)) continue;
    const attributes = flat(v);
    if (k === 'node') {
      const id = attributes.id;
      if (id === undefined)
        throw importError(fileName, 'required', { line: entryLine, field: 'id' });
      delete attributes.id;
      const label = attributes.label ?? attributes.name;
      delete attributes.label;
      const graphics = v.find(([gk]) => gk === 'graphics')?.[1];
      const node: ImportedNode = {
        key: String(id),
        label: label === undefined ? null : String(label),
        attributes,
        line: entryLine,
      };
      if (Array.isArray(graphics)) {
        const g = flat(graphics);
        if (typeof g.x === 'number' && typeof g.y === 'number') {
          node.x = g.x;
          node.y = g.y;
        }
      }
      nodes.push(node);
    } else if (k === 'edge') {
      const { source, target } = attributes;
      if (source === undefined || target === undefined)
        throw importError(fileName, 'required', {
          line: entryLine,
          field: source === undefined ? 'source' : 'target',
        });
      delete attributes.source;
      delete attributes.target;
      const weight = attributes.weight ?? attributes.value;
      edges.push({
        source: String(source),
        target: String(target),
        directed,
        weight: typeof weight === 'number' ? weight : null,
        type: typeof attributes.label === 'string' ? attributes.label : null,
        attributes,
        observedOn: null,
        line: entryLine,
      });
    }
  }
  return { format: 'gml', nodes, edges };
}
