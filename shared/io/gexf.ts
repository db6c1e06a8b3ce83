import { LIMITS } from '../domain/limits';
import { fileRecord, hasKey } from './fileRecord';
import { importError } from './importError';
import {
  hexColor,
  typedValue,
  type AttributeValue,
  type ImportedNode,
  type TimedValue,
} from './graphModel';
import type { GraphItems } from './xmlGraph';
import { childNamed, childrenNamed, descendantsNamed, type XmlElement } from './xml';

type AttributeDefinition = { title: string; type: string; fallback: string | null };

/** The declarations of one class; more than the limit (all blocks together) are refused. */
function definitions(
  graph: XmlElement,
  kind: 'node' | 'edge',
  fileName: string,
): Map<string, AttributeDefinition> {
  const found = new Map<string, AttributeDefinition>();
  for (const block of childrenNamed(graph, 'attributes'))
    if ((block.attributes.class ?? 'node') === kind)
      for (const a of childrenNamed(block, 'attribute')) {
        if (found.size >= LIMITS.parse.attributeDeclarations)
          throw importError(fileName, 'too-many-attributes', {
            line: a.line,
            detail: `more than ${LIMITS.parse.attributeDeclarations} ${kind} attributes declared`,
          });
        const id = a.attributes.id ?? a.attributes.title ?? '';
        found.set(id, {
          title: a.attributes.title ?? id,
          type: a.attributes.type ?? 'string',
          fallback: childNamed(a, 'default')?.text ?? null,
        });
      }
  return found;
}

/**
 * attvalues of an element; dynamic ones (start/end, or several for one attribute) kept whole.
 * More distinct attributes than an element may have are refused (as they are read: the XML
 * reader already bounds the values one element holds).
 */
function values(element: XmlElement, defs: Map<string, AttributeDefinition>, fileName: string) {
  const out = fileRecord<AttributeValue | TimedValue[]>();
  const timed = new Map<string, TimedValue[]>();
  const titles = new Set<string>();
  for (const block of childrenNamed(element, 'attvalues'))
    for (const v of childrenNamed(block, 'attvalue')) {
      const id = v.attributes.for ?? v.attributes.id ?? '';
      const def = defs.get(id);
      const title = def?.title ?? id;
      titles.add(title);
      if (titles.size > LIMITS.parse.attributesPerElement)
        throw importError(fileName, 'too-many-attributes', {
          line: v.line,
          detail: `<${element.name}> (line ${element.line}): more than ${LIMITS.parse.attributesPerElement}`,
        });
      const value = typedValue(v.attributes.value ?? '', def?.type);
      const start = v.attributes.start ?? v.attributes.startopen ?? null;
      const end = v.attributes.end ?? v.attributes.endopen ?? null;
      const timestamp = v.attributes.timestamp ?? null;
      if (start !== null || end !== null || timestamp !== null) {
        const list = timed.get(title) ?? [];
        list.push({ value, start: start ?? timestamp, end: end ?? timestamp });
        timed.set(title, list);
      } else out[title] = value;
    }
  for (const [title, list] of timed) out[title] = list;
  for (const [, def] of defs)
    if (def.fallback !== null && !hasKey(out, def.title))
      out[def.title] = typedValue(def.fallback, def.type);
  return out;
}

/**
 * GEXF 1.1draft, 1.2draft and 1.3 (Gephi, Gephi Lite, NetworkX, gexf.net): attributes with
 * their types and defaults, viz colour, position and size, nested nodes (hierarchies) flattened,
 * edge direction from `type` or the graph's default, weights, and dynamic values kept with their
 * intervals. Namespaces are not checked (real files get them wrong). Reads the declarations from
 * the file's skeleton (everything but its nodes and edges), then each node and edge as it comes
 * (xmlGraph.ts).
 */
export function gexfItems(root: XmlElement, fileName: string): GraphItems {
  if (root.name !== 'gexf')
    throw importError(fileName, 'not-a-graph', { detail: `<${root.name}>` });
  const graph = childNamed(root, 'graph');
  if (!graph) throw importError(fileName, 'not-a-graph', { detail: 'no <graph>' });
  const defaultDirected = (graph.attributes.defaultedgetype ?? 'undirected') !== 'undirected';
  const nodeDefs = definitions(graph, 'node', fileName);
  const edgeDefs = definitions(graph, 'edge', fileName);
  // Our own exports draw colour and size from stance and reach: nothing to keep from them.
  const derivedViz =
    childNamed(childNamed(root, 'meta') ?? root, 'creator')?.text.trim() === 'Influmap';
  return {
    node(n) {
      const key = n.attributes.id;
      if (key === undefined)
        throw importError(fileName, 'required', { line: n.line, field: 'node id' });
      const node: ImportedNode = {
        key,
        label: n.attributes.label ?? null,
        attributes: values(n, nodeDefs, fileName),
        line: n.line,
      };
      const color = derivedViz ? undefined : childNamed(n, 'color');
      if (color) {
        const { r, g, b, hex } = color.attributes;
        node.color = hex ?? hexColor(Number(r ?? 0), Number(g ?? 0), Number(b ?? 0));
      }
      const position = childNamed(n, 'position');
      if (position) {
        const x = Number(position.attributes.x);
        const y = Number(position.attributes.y);
        // Absent or not a number: no position. Infinite ("Infinity", "1e999") is kept, for the
        // import's check of values to refuse with the line and field (importedValues.ts).
        if (!Number.isNaN(x) && !Number.isNaN(y)) {
          node.x = x;
          // GEXF's y axis points up; the screen's points down.
          node.y = -y;
        }
      }
      const size = Number(childNamed(n, 'size')?.attributes.value);
      if (!Number.isNaN(size) && !derivedViz) node.size = size;
      const parent = n.attributes.pid;
      if (parent !== undefined) node.attributes.parent = parent;
      return node;
    },
    edge(e) {
      const { source, target } = e.attributes;
      if (source === undefined || target === undefined)
        throw importError(fileName, 'required', {
          line: e.line,
          field: source === undefined ? 'source' : 'target',
        });
      const kind = e.attributes.type;
      const weight = e.attributes.weight === undefined ? null : Number(e.attributes.weight);
      const spells = descendantsNamed(e, 'spell');
      return {
        source,
        target,
        directed: kind === undefined ? defaultDirected : kind === 'directed',
        weight: weight === null || Number.isNaN(weight) ? null : weight,
        type: e.attributes.label ?? null,
        attributes: values(e, edgeDefs, fileName),
        observedOn: e.attributes.start ?? spells[0]?.attributes.start ?? null,
        line: e.line,
      };
    },
  };
}
