import { LIMITS } from '../domain/limits';
import { fileRecord, hasKey } from './fileRecord';
import { importError } from './importError';
import {
  normaliseColor,
  omit,
  typedValue,
  type AttributeValue,
  type ImportedEdge,
  type ImportedNode,
} from './graphModel';
import { descendantsNamed, type XmlElement } from './xml';
import type { GraphItems } from './xmlGraph';

type Key = { name: string; type: string | null; fallback: string | null; yfiles: boolean };

/**
 * GraphML as yEd, igraph, Gephi and others write it: `<key>` declarations wherever they are
 * (inside `<graph>` too), duplicate key ids for different domains (igraph's `name`), keys with
 * no `for` (meaning all), no namespace at all, CDATA labels, yEd's `y:NodeLabel` inside its
 * `yfiles.type` data, nested graphs (group nodes) flattened, x/y/size/colour keys as Gephi writes
 * them. Reads the keys from the file's skeleton (everything but its nodes and edges), then each
 * node and edge as it comes (xmlGraph.ts).
 */
export function graphmlItems(root: XmlElement, fileName: string): GraphItems {
  if (root.name !== 'graphml')
    throw importError(fileName, 'not-a-graph', { detail: `<${root.name}>` });
  const graphs = descendantsNamed(root, 'graph');
  const top = graphs[0];
  if (!top) throw importError(fileName, 'not-a-graph', { detail: 'no <graph>' });
  // Keys by domain then id: the same id may be declared once for nodes and once for the graph.
  const keys = new Map<string, Map<string, Key>>();
  const declared = descendantsNamed(root, 'key');
  const tooMany = declared[LIMITS.parse.attributeDeclarations];
  if (tooMany)
    throw importError(fileName, 'too-many-attributes', {
      line: tooMany.line,
      detail: `more than ${LIMITS.parse.attributeDeclarations} <key> declarations`,
    });
  for (const k of declared) {
    const id = k.attributes.id ?? '';
    const domain = k.attributes.for ?? 'all';
    const key: Key = {
      name: k.attributes['attr.name'] ?? id,
      type: k.attributes['attr.type'] ?? null,
      fallback: descendantsNamed(k, 'default')[0]?.text ?? null,
      yfiles: k.attributes['yfiles.type'] !== undefined,
    };
    const map = keys.get(domain) ?? new Map<string, Key>();
    map.set(id, key);
    keys.set(domain, map);
  }
  const keyFor = (domain: string, id: string): Key | undefined =>
    keys.get(domain)?.get(id) ?? keys.get('all')?.get(id);
  const dataOf = (element: XmlElement, domain: string) => {
    const out = fileRecord<AttributeValue>();
    let yLabel: string | null = null;
    const data = element.children.filter((c) => c.name === 'data');
    const tooMany = data[LIMITS.parse.attributesPerElement];
    if (tooMany)
      throw importError(fileName, 'too-many-attributes', {
        line: tooMany.line,
        detail: `<${element.name}> (line ${element.line}): more than ${LIMITS.parse.attributesPerElement} <data>`,
      });
    for (const d of data) {
      const key = keyFor(domain, d.attributes.key ?? '');
      if (key?.yfiles || d.children.length > 0) {
        // yEd: the label is the text of a NodeLabel / EdgeLabel inside the graphics element.
        const label = descendantsNamed(d, 'NodeLabel')[0] ?? descendantsNamed(d, 'EdgeLabel')[0];
        if (label && label.text.trim()) yLabel = label.text.trim();
        const fill = descendantsNamed(d, 'Fill')[0]?.attributes.color;
        if (fill) out.color = fill;
        const geometry = descendantsNamed(d, 'Geometry')[0]?.attributes;
        if (geometry?.x !== undefined && geometry.y !== undefined) {
          out.x = Number(geometry.x);
          out.y = Number(geometry.y);
        }
        continue;
      }
      const name = key?.name ?? d.attributes.key ?? '';
      out[name] = typedValue(d.text, key?.type);
    }
    for (const [domainName, map] of keys)
      if (domainName === domain || domainName === 'all')
        for (const key of map.values())
          if (key.fallback !== null && !hasKey(out, key.name))
            out[key.name] = typedValue(key.fallback, key.type);
    return { attributes: out, yLabel };
  };
  const defaultDirected = (top.attributes.edgedefault ?? 'directed') === 'directed';
  const node = (n: XmlElement, ancestors: readonly XmlElement[]): ImportedNode => {
    const key = n.attributes.id;
    if (key === undefined)
      throw importError(fileName, 'required', { line: n.line, field: 'node id' });
    const data = dataOf(n, 'node');
    const { yLabel } = data;
    const labelKey = ['label', 'name', 'Label', 'Name', 'title'].find(
      (k) => data.attributes[k] !== undefined,
    );
    const label = yLabel ?? (labelKey === undefined ? null : (data.attributes[labelKey] ?? null));
    // The label is the actor's name, not a custom field besides it.
    const attributes =
      labelKey !== undefined && yLabel === null
        ? omit(data.attributes, [labelKey])
        : data.attributes;
    const node: ImportedNode = {
      key,
      label: label === null ? null : String(label),
      attributes,
      line: n.line,
    };
    const x = Number(attributes.x);
    const y = Number(attributes.y);
    if (Number.isFinite(x) && Number.isFinite(y) && attributes.x !== undefined) {
      node.x = x;
      node.y = y;
      delete attributes.x;
      delete attributes.y;
    }
    const size = Number(attributes.size);
    if (attributes.size !== undefined && Number.isFinite(size)) {
      node.size = size;
      delete attributes.size;
    }
    const { r, g, b } = attributes;
    if (r !== undefined && g !== undefined && b !== undefined) {
      node.color = normaliseColor(`rgb(${String(r)},${String(g)},${String(b)})`);
      delete attributes.r;
      delete attributes.g;
      delete attributes.b;
    } else if (typeof attributes.color === 'string') {
      node.color = normaliseColor(attributes.color);
      delete attributes.color;
    }
    // A group node's nested graph is flattened: its members remember their group.
    const group = ancestors.findLast((a) => a.name === 'node')?.attributes.id;
    if (group !== undefined) attributes.parent = group;
    return node;
  };
  const edge = (e: XmlElement): ImportedEdge => {
    const { source, target } = e.attributes;
    if (source === undefined || target === undefined)
      throw importError(fileName, 'required', {
        line: e.line,
        field: source === undefined ? 'source' : 'target',
      });
    const { attributes, yLabel } = dataOf(e, 'edge');
    const weight = Number(pick(attributes, ['weight', 'Weight', 'value']));
    const directed = e.attributes.directed;
    return {
      source,
      target,
      directed: directed === undefined ? defaultDirected : directed === 'true',
      weight: Number.isFinite(weight) ? weight : null,
      type: yLabel ?? (typeof attributes.type === 'string' ? attributes.type : null),
      attributes,
      observedOn: null,
      line: e.line,
    };
  };
  return { node, edge };
}

function pick(attributes: Record<string, AttributeValue>, names: readonly string[]) {
  for (const name of names) if (attributes[name] !== undefined) return attributes[name];
  return undefined;
}
