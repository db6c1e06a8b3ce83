import { LIMITS } from '../domain/limits';
import { fileRecord } from './fileRecord';
import type { AttributeValue, ImportedEdge, ImportedGraph, ImportedNode } from './graphModel';
import { gmlScanner, LIST, type GmlScanner } from './gmlScanner';
import { importError } from './importError';

/**
 * GML (the format of the classic network datasets: karate, football, polbooks, polblogs): a
 * tree of `key value` pairs and `key [ … ]` lists. Strings are quoted; `&quot;`-style entities
 * in them are left as written. The first `graph [ … ]` is read entry by entry (gmlScanner.ts):
 * each node and edge becomes what the import needs as it is read, other lists are skipped, and
 * the limits (keys per node, nodes and edges per file) are enforced as they are crossed.
 */
export function readGml(text: string, fileName: string): ImportedGraph {
  const scan = gmlScanner(text, fileName);
  let graph: ImportedGraph | null = null;
  for (let key = scan.entry(false); key !== null; key = scan.entry(false)) {
    if (scan.value(key) !== LIST) continue;
    if (key === 'graph' && graph === null) graph = readGraph(scan, fileName);
    else scan.skipList(1);
  }
  if (graph === null) throw importError(fileName, 'not-a-graph', { detail: 'no graph [ … ]' });
  return graph;
}

function readGraph(scan: GmlScanner, fileName: string): ImportedGraph {
  const nodes: ImportedNode[] = [];
  const edges: ImportedEdge[] = [];
  // `directed 1` may come after the edges: it is applied once the graph is read.
  let directed = false;
  for (let key = scan.entry(true); key !== null; key = scan.entry(true)) {
    const line = scan.line;
    const value = scan.value(key);
    if (value !== LIST) {
      if (key === 'directed' && value === 1) directed = true;
    } else if (key === 'node') {
      if (nodes.length >= LIMITS.actorsPerMap)
        throw importError(fileName, 'too-many-actors', {
          line,
          detail: `more than ${LIMITS.actorsPerMap} nodes`,
        });
      nodes.push(node(readItem(scan, fileName, line), fileName, line));
    } else if (key === 'edge') {
      if (edges.length >= LIMITS.relationsPerMap)
        throw importError(fileName, 'too-many-relations', {
          line,
          detail: `more than ${LIMITS.relationsPerMap} edges`,
        });
      edges.push(edge(readItem(scan, fileName, line), fileName, line));
    } else scan.skipList(2);
  }
  if (directed) for (const e of edges) e.directed = true;
  return { format: 'gml', nodes, edges };
}

/** A node's or edge's pairs (lists other than `graphics` skipped), and its graphics position. */
type Item = { attributes: Record<string, AttributeValue>; x?: number; y?: number };

function readItem(scan: GmlScanner, fileName: string, line: number): Item {
  const item: Item = { attributes: fileRecord<AttributeValue>() };
  let keys = 0;
  for (let key = scan.entry(true); key !== null; key = scan.entry(true)) {
    keys += 1;
    if (keys > LIMITS.parse.attributesPerElement)
      throw importError(fileName, 'too-many-attributes', {
        line,
        detail: `more than ${LIMITS.parse.attributesPerElement} keys`,
      });
    const value = scan.value(key);
    if (value !== LIST) item.attributes[key] = value;
    else if (key === 'graphics') readGraphics(scan, item);
    else scan.skipList(3);
  }
  return item;
}

/** `graphics [ x … y … ]`: the position, when both are numbers (the last of each wins). */
function readGraphics(scan: GmlScanner, item: Item): void {
  let x: AttributeValue | undefined;
  let y: AttributeValue | undefined;
  for (let key = scan.entry(true); key !== null; key = scan.entry(true)) {
    const value = scan.value(key);
    if (value === LIST) scan.skipList(4);
    else if (key === 'x') x = value;
    else if (key === 'y') y = value;
  }
  if (typeof x === 'number' && typeof y === 'number') {
    item.x = x;
    item.y = y;
  }
}

function node({ attributes, x, y }: Item, fileName: string, line: number): ImportedNode {
  const id = attributes.id;
  if (id === undefined) throw importError(fileName, 'required', { line, field: 'id' });
  delete attributes.id;
  const label = attributes.label ?? attributes.name;
  delete attributes.label;
  const node: ImportedNode = {
    key: String(id),
    label: label === undefined ? null : String(label),
    attributes,
    line,
  };
  if (x !== undefined && y !== undefined) {
    node.x = x;
    node.y = y;
  }
  return node;
}

function edge({ attributes }: Item, fileName: string, line: number): ImportedEdge {
  const { source, target } = attributes;
  if (source === undefined || target === undefined)
    throw importError(fileName, 'required', {
      line,
      field: source === undefined ? 'source' : 'target',
    });
  delete attributes.source;
  delete attributes.target;
  const weight = attributes.weight ?? attributes.value;
  return {
    source: String(source),
    target: String(target),
    directed: false,
    weight: typeof weight === 'number' ? weight : null,
    type: typeof attributes.label === 'string' ? attributes.label : null,
    attributes,
    observedOn: null,
    line,
  };
}
