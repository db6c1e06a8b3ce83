import { runLayout, type LayoutEdge, type LayoutNode } from '../../../shared/graph/layouts';
import type { ViewLayout } from '../../../shared/domain/schemas';

/** A layout computed off the UI thread; progress is posted between chunks of iterations. */
export type LayoutRequest = { layout: ViewLayout; nodes: LayoutNode[]; edges: LayoutEdge[] };
export type LayoutMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; positions: Array<[number, { x: number; y: number }]> };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutMessage): void;
};

scope.onmessage = (event) => {
  const { layout, nodes, edges } = event.data;
  const positions = runLayout(layout, nodes, edges, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  );
  scope.postMessage({ type: 'done', positions: [...positions] });
};
