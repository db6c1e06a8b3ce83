import { LIMITS } from '../domain/limits';
import type { Steps } from '../util/steps';
import type { ByteSource } from './byteSource';
import type { Encoding } from './csv';
import { feedText } from './feedText';
import type { ImportedEdge, ImportedNode } from './graphModel';
import { importError } from './importError';
import { createXmlParser, type KeepElement, type XmlBounds, type XmlElement } from './xml';

/**
 * A GEXF or GraphML file read in three passes over its text, each in constant memory: the
 * skeleton (everything but nodes and edges: declarations, keys, defaults), then each node, then
 * each edge, handed over as it closes and let go at once. Nodes come before any edge whatever
 * their order in the file, as the writer needs.
 */
export type GraphItems = {
  node(element: XmlElement, ancestors: readonly XmlElement[]): ImportedNode;
  edge(element: XmlElement, ancestors: readonly XmlElement[]): ImportedEdge;
};

/** A node or edge of a graph (not, say, a yEd label's sub-element: those are inside nodes). */
const isGraphItem = (element: XmlElement, ancestors: readonly XmlElement[]) =>
  (element.name === 'node' || element.name === 'edge') && ancestors.some((a) => a.name === 'graph');

/**
 * What a pass keeps of the file: every element but nodes and edges; those of `kind` are handed
 * to `take` as they close (a nested node before the node holding it).
 */
export function graphPass(
  kind: 'node' | 'edge' | null,
  take: (element: XmlElement, ancestors: readonly XmlElement[]) => void = () => undefined,
): KeepElement {
  return (element, ancestors) => {
    if (!isGraphItem(element, ancestors)) return true;
    if (element.name === kind) take(element, ancestors);
    return false;
  };
}

/**
 * What a graph file's parser may hold at once: the values of one element (attributes, which may
 * be timed, so several per attribute: ten times the attributes an element may have), and the
 * skeleton with the node being read. A node of a million values is refused as it is read.
 */
export const GRAPH_BOUNDS: XmlBounds = {
  children: 10 * LIMITS.parse.attributesPerElement,
  retained: 100_000,
};

/**
 * `keep`, counting the nodes and edges that close: a file with more than a map may hold is
 * refused at the first one too many, with its line, in whichever pass meets it first (the
 * skeleton pass, before anything is written).
 */
function counted(fileName: string, keep: KeepElement): KeepElement {
  let nodes = 0;
  let edges = 0;
  return (element, ancestors) => {
    if (isGraphItem(element, ancestors)) {
      if (element.name === 'node' && ++nodes > LIMITS.actorsPerMap)
        throw importError(fileName, 'too-many-actors', {
          line: element.line,
          detail: `more than ${LIMITS.actorsPerMap} nodes`,
        });
      if (element.name === 'edge' && ++edges > LIMITS.relationsPerMap)
        throw importError(fileName, 'too-many-relations', {
          line: element.line,
          detail: `more than ${LIMITS.relationsPerMap} edges`,
        });
    }
    return keep(element, ancestors);
  };
}

/**
 * One pass over a file's text, piece by piece: yields the bytes read after each piece, returns
 * the root as `keep` left it.
 */
export function* xmlPass(
  source: ByteSource,
  encoding: Encoding,
  keep: KeepElement,
): Steps<XmlElement> {
  const parser = createXmlParser(source.name, counted(source.name, keep), GRAPH_BOUNDS);
  yield* feedText(source, encoding, (text) => parser.push(text));
  return parser.end();
}
