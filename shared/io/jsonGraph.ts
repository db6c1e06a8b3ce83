import { importError } from './csv';
import {
  normaliseColor,
  omit,
  type AttributeValue,
  type ImportedEdge,
  type ImportedGraph,
  type ImportedNode,
} from './graphModel';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const scalar = (v: Json | undefined): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function attributesOf(value: Json | undefined): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (scalar(v)) out[k] = v;
    else if (Array.isArray(v) && v.every(scalar)) out[k] = v.join('|');
  }
  return out;
}

/** Position, size and colour out of an attribute bag, where graphology and Gephi keep them. */
function placed(node: ImportedNode): ImportedNode {
  const { x, y, size, color } = node.attributes;
  if (typeof x === 'number' && typeof y === 'number') {
    node.x = x;
    node.y = y;
    delete node.attributes.x;
    delete node.attributes.y;
  }
  if (typeof size === 'number') {
    node.size = size;
    delete node.attributes.size;
  }
  if (typeof color === 'string') {
    const hex = normaliseColor(color);
    if (hex) {
      node.color = hex;
      delete node.attributes.color;
    }
  }
  return node;
}

const labelOf = (a: Record<string, AttributeValue>) => {
  const label = a.label ?? a.name ?? a.Label;
  delete a.label;
  return label === undefined ? null : String(label);
};

/**
 * JSON graphs: our own export (`"format": "influmap"`), Kumu blueprints (`elements` and
 * `connections`, joined by label or `_id`), Gephi Lite's saved state (`graphDataset`), and
 * graphology's serialisation as Gephi exports it (`nodes` with `key` and `attributes`, `edges`
 * with `source`, `target`, `undirected`).
 */
export function readJsonGraph(text: string, fileName: string): ImportedGraph {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch (err) {
    throw importError(fileName, 'malformed-json', {
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  if (!isObject(data)) throw importError(fileName, 'not-a-graph', { detail: 'not a JSON object' });
  if (Array.isArray(data.elements)) return kumu(data);
  if (isObject(data.graphDataset)) return gephiLite(data.graphDataset);
  if (Array.isArray(data.nodes)) return graphology(data);
  throw importError(fileName, 'not-a-graph', {
    detail: 'expected nodes/edges, elements/connections or a Gephi Lite file',
  });
}

function graphology(data: JsonObject): ImportedGraph {
  const options = isObject(data.options) ? data.options : {};
  const undirectedGraph = options.type === 'undirected';
  const nodes = (data.nodes as Json[]).filter(isObject).map((n) => {
    const attributes = attributesOf(n.attributes);
    return placed({ key: String(n.key ?? n.id), label: labelOf(attributes), attributes });
  });
  const edges: ImportedEdge[] = (Array.isArray(data.edges) ? data.edges : [])
    .filter(isObject)
    .map((e) => {
      const attributes = attributesOf(e.attributes);
      const weight = attributes.weight;
      delete attributes.weight;
      const type = attributes.type;
      delete attributes.type;
      return {
        source: String(e.source),
        target: String(e.target),
        directed: !(e.undirected === true || undirectedGraph),
        weight: typeof weight === 'number' ? weight : null,
        type: typeof type === 'string' ? type : null,
        attributes,
        observedOn: typeof attributes.observedOn === 'string' ? attributes.observedOn : null,
      };
    });
  return { format: 'json', nodes, edges };
}

function gephiLite(dataset: JsonObject): ImportedGraph {
  const full = isObject(dataset.fullGraph) ? dataset.fullGraph : {};
  const nodeData = isObject(dataset.nodeData) ? dataset.nodeData : {};
  const edgeData = isObject(dataset.edgeData) ? dataset.edgeData : {};
  const layout = isObject(dataset.layout) ? dataset.layout : {};
  const undirected = isObject(full.options) && full.options.type === 'undirected';
  const nodes = (Array.isArray(full.nodes) ? full.nodes : []).filter(isObject).map((n) => {
    const key = String(n.key);
    const attributes = attributesOf(nodeData[key]);
    const position = layout[key];
    if (isObject(position)) {
      if (typeof position.x === 'number') attributes.x = position.x;
      if (typeof position.y === 'number') attributes.y = position.y;
    }
    return placed({ key, label: labelOf(attributes), attributes });
  });
  const edges: ImportedEdge[] = (Array.isArray(full.edges) ? full.edges : [])
    .filter(isObject)
    .map((e) => {
      const attributes = attributesOf(edgeData[String(e.key)]);
      const weight = attributes.weight;
      delete attributes.weight;
      return {
        source: String(e.source),
        target: String(e.target),
        directed: !(undirected || e.undirected === true),
        weight: typeof weight === 'number' ? weight : null,
        type: null,
        attributes,
        observedOn: null,
      };
    });
  return { format: 'json', nodes, edges };
}

/** Kumu: elements named by label (or `_id`), connections `from`/`to` by the same, typed. */
function kumu(data: JsonObject): ImportedGraph {
  const nodes = (data.elements as Json[]).filter(isObject).map((el) => {
    const attributes = { ...attributesOf(el), ...attributesOf(el.attributes) };
    const label = attributes.label ?? attributes.Label;
    const key = String(el._id ?? label ?? '');
    delete attributes._id;
    const kumuType = attributes['element type'] ?? attributes.type;
    if (kumuType !== undefined) attributes.kind = kumuType;
    return placed({ key, label: label === undefined ? null : String(label), attributes });
  });
  const byLabel = new Map(nodes.map((n) => [n.label ?? n.key, n.key]));
  const edges: ImportedEdge[] = (Array.isArray(data.connections) ? data.connections : [])
    .filter(isObject)
    .map((c) => {
      const all = { ...attributesOf(c), ...attributesOf(c.attributes) };
      const from = String(c.from ?? '');
      const to = String(c.to ?? '');
      const type = all['connection type'] ?? all.type;
      const weight = all.strength ?? all.weight;
      const attributes = omit(all, [
        'from',
        'to',
        '_id',
        'direction',
        'connection type',
        'type',
        'strength',
        'weight',
      ]);
      return {
        source: byLabel.get(from) ?? from,
        target: byLabel.get(to) ?? to,
        directed: c.direction !== 'undirected' && c.direction !== 'mutual',
        weight: typeof weight === 'number' ? weight : null,
        type: typeof type === 'string' ? type : null,
        attributes,
        observedOn: null,
      };
    });
  return { format: 'json', nodes, edges };
}
