import { memorySource } from '../../shared/io/byteSource';
import { gexfItems } from '../../shared/io/gexf';
import type { ImportedGraph } from '../../shared/io/graphModel';
import { graphmlItems } from '../../shared/io/graphml';
import { graphPass, xmlPass } from '../../shared/io/xmlGraph';
import type { Steps } from '../../shared/util/steps';

/** Runs steps to their end at once (the import runs them across turns of the event loop). */
export function runSteps<R>(steps: Steps<R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A GEXF or GraphML text read as the import reads it: skeleton, then nodes, then edges. */
export function readXmlGraph(name: string, text: string): ImportedGraph {
  const source = memorySource(name, new TextEncoder().encode(text));
  const skeleton = runSteps(xmlPass(source, 'utf-8', graphPass(null)));
  const items = name.endsWith('.gexf') ? gexfItems(skeleton, name) : graphmlItems(skeleton, name);
  const graph: ImportedGraph = { format: 'gexf', nodes: [], edges: [] };
  runSteps(
    xmlPass(
      source,
      'utf-8',
      graphPass('node', (n, a) => graph.nodes.push(items.node(n, a))),
    ),
  );
  runSteps(
    xmlPass(
      source,
      'utf-8',
      graphPass('edge', (e, a) => graph.edges.push(items.edge(e, a))),
    ),
  );
  return graph;
}
