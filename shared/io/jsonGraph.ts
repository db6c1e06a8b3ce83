import { LIMITS } from '../domain/limits';
import { importError } from './csv';
import { fileRecord, hasKey } from './fileRecord';
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

/**
 * Where a value sits in the file (`nodes[3]`, `edges[12].source`): JSON has no lines once parsed,
 * so refusals name the element instead.
 */
type Where = { file: string; element: string };

/**
 * A number as the file meant it: an integer past 2^53 was rounded by JSON.parse (two ids could
 * become one), so it is refused rather than kept rounded.
 */
function exact<T extends Json | undefined>(value: T, where: Where, field: string): T {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value))
    throw importError(where.file, 'unsafe-integer', {
      field: `${where.element}.${field}`,
      detail: String(value),
    });
  return value;
}

/** An id or endpoint as text (numbers exact, see `exact`). */
const idText = (value: Json | undefined, where: Where, field: string): string =>
  String(exact(value, where, field));

/** An element's scalar keys (arrays of scalars joined by `|`), no more than an element may have. */
function attributesOf(value: Json | undefined, where: Where): Record<string, AttributeValue> {
  const out = fileRecord<AttributeValue>();
  if (!isObject(value)) return out;
  let count = 0;
  for (const k in value) {
    if (!hasKey(value, k)) continue;
    count += 1;
    if (count > LIMITS.parse.attributesPerElement)
      throw importError(where.file, 'too-many-attributes', {
        field: where.element,
        detail: `more than ${LIMITS.parse.attributesPerElement} keys`,
      });
    const v = value[k];
    if (scalar(v)) out[k] = exact(v, where, k);
    else if (Array.isArray(v) && v.every(scalar)) out[k] = v.join('|');
  }
  return out;
}

/** An array of elements from the file, refused whole when it holds more than a map may. */
function elements(value: Json | undefined, file: string, name: string, what: 'nodes' | 'edges') {
  const list = Array.isArray(value) ? value : [];
  const limit = what === 'nodes' ? LIMITS.actorsPerMap : LIMITS.relationsPerMap;
  if (list.length > limit)
    throw importError(file, what === 'nodes' ? 'too-many-actors' : 'too-many-relations', {
      field: name,
      detail: `${list.length} ${what}, more than ${limit}`,
    });
  return list;
}

/** The member of a JSON object named by text from the file (never an inherited name). */
const member = (object: JsonObject, key: string): Json | undefined =>
  hasKey(object, key) ? object[key] : undefined;

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
  if (Array.isArray(data.elements)) return kumu(data, fileName);
  if (isObject(data.graphDataset)) return gephiLite(data.graphDataset, fileName);
  if (Array.isArray(data.nodes)) return graphology(data, fileName);
  throw importError(fileName, 'not-a-graph', {
    detail: 'expected nodes/edges, elements/connections or a Gephi Lite file',
  });
}

function graphology(data: JsonObject, file: string): ImportedGraph {
  const options = isObject(data.options) ? data.options : {};
  const undirectedGraph = options.type === 'undirected';
  const nodeList = elements(data.nodes, file, 'nodes', 'nodes');
  const edgeList = elements(data.edges, file, 'edges', 'edges');
  const nodes = nodeList.flatMap((n, i) => {
    if (!isObject(n)) return [];
    const where = { file, element: `nodes[${i}]` };
    const attributes = attributesOf(n.attributes, where);
    const key = idText(n.key ?? n.id, where, n.key === undefined ? 'id' : 'key');
    return [placed({ key, label: labelOf(attributes), attributes })];
  });
  const edges = edgeList.flatMap((e, i): ImportedEdge[] => {
    if (!isObject(e)) return [];
    const where = { file, element: `edges[${i}]` };
    const attributes = attributesOf(e.attributes, where);
    const weight = attributes.weight;
    delete attributes.weight;
    const type = attributes.type;
    delete attributes.type;
    return [
      {
        source: idText(e.source, where, 'source'),
        target: idText(e.target, where, 'target'),
        directed: !(e.undirected === true || undirectedGraph),
        weight: typeof weight === 'number' ? weight : null,
        type: typeof type === 'string' ? type : null,
        attributes,
        observedOn: typeof attributes.observedOn === 'string' ? attributes.observedOn : null,
      },
    ];
  });
  return { format: 'json', nodes, edges };
}

function gephiLite(dataset: JsonObject, file: string): ImportedGraph {
  const full = isObject(dataset.fullGraph) ? dataset.fullGraph : {};
  const nodeData = isObject(dataset.nodeData) ? dataset.nodeData : {};
  const edgeData = isObject(dataset.edgeData) ? dataset.edgeData : {};
  const layout = isObject(dataset.layout) ? dataset.layout : {};
  const undirected = isObject(full.options) && full.options.type === 'undirected';
  const nodeList = elements(full.nodes, file, 'graphDataset.fullGraph.nodes', 'nodes');
  const edgeList = elements(full.edges, file, 'graphDataset.fullGraph.edges', 'edges');
  const nodes = nodeList.flatMap((n, i) => {
    if (!isObject(n)) return [];
    const where = { file, element: `graphDataset.fullGraph.nodes[${i}]` };
    const key = idText(n.key, where, 'key');
    const attributes = attributesOf(member(nodeData, key), {
      file,
      element: `graphDataset.nodeData[${JSON.stringify(key)}]`,
    });
    const position = member(layout, key);
    if (isObject(position)) {
      if (typeof position.x === 'number') attributes.x = position.x;
      if (typeof position.y === 'number') attributes.y = position.y;
    }
    return [placed({ key, label: labelOf(attributes), attributes })];
  });
  const edges = edgeList.flatMap((e, i): ImportedEdge[] => {
    if (!isObject(e)) return [];
    const where = { file, element: `graphDataset.fullGraph.edges[${i}]` };
    const edgeKey = idText(e.key, where, 'key');
    const attributes = attributesOf(member(edgeData, edgeKey), {
      file,
      element: `graphDataset.edgeData[${JSON.stringify(edgeKey)}]`,
    });
    const weight = attributes.weight;
    delete attributes.weight;
    return [
      {
        source: idText(e.source, where, 'source'),
        target: idText(e.target, where, 'target'),
        directed: !(undirected || e.undirected === true),
        weight: typeof weight === 'number' ? weight : null,
        type: null,
        attributes,
        observedOn: null,
      },
    ];
  });
  return { format: 'json', nodes, edges };
}

/** Kumu: elements named by label (or `_id`), connections `from`/`to` by the same, typed. */
function kumu(data: JsonObject, file: string): ImportedGraph {
  const elementList = elements(data.elements, file, 'elements', 'nodes');
  const connectionList = elements(data.connections, file, 'connections', 'edges');
  const nodes = elementList.flatMap((el, i) => {
    if (!isObject(el)) return [];
    const where = { file, element: `elements[${i}]` };
    // The element's own keys, then its `attributes` (these win), in one record without prototype.
    const attributes = attributesOf(el, where);
    Object.assign(attributes, attributesOf(el.attributes, where));
    const label = attributes.label ?? attributes.Label;
    const key = idText(el._id ?? label ?? '', where, '_id');
    delete attributes._id;
    const kumuType = attributes['element type'] ?? attributes.type;
    if (kumuType !== undefined) attributes.kind = kumuType;
    return [placed({ key, label: label === undefined ? null : String(label), attributes })];
  });
  const byLabel = new Map(nodes.map((n) => [n.label ?? n.key, n.key]));
  const edges = connectionList.flatMap((c, i): ImportedEdge[] => {
    if (!isObject(c)) return [];
    const where = { file, element: `connections[${i}]` };
    const all = attributesOf(c, where);
    Object.assign(all, attributesOf(c.attributes, where));
    const from = idText(c.from ?? '', where, 'from');
    const to = idText(c.to ?? '', where, 'to');
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
    return [
      {
        source: byLabel.get(from) ?? from,
        target: byLabel.get(to) ?? to,
        directed: c.direction !== 'undirected' && c.direction !== 'mutual',
        weight: typeof weight === 'number' ? weight : null,
        type: typeof type === 'string' ? type : null,
        attributes,
        observedOn: null,
      },
    ];
  });
  return { format: 'json', nodes, edges };
}
