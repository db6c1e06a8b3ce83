import { detectCommunities } from '../../../shared/analytics/analyseMap';
import type { GraphSnapshot } from '../../../shared/domain/schemas';

/** Community detection off the UI thread; a message per Louvain pass, then the result. */
export type DetectRequest = { graph: GraphSnapshot; seed: number; resolution: number };
export type DetectMessage =
  | { type: 'progress'; level: number }
  | { type: 'done'; result: ReturnType<typeof detectCommunities> };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DetectRequest>) => void) | null;
  postMessage(message: DetectMessage): void;
};

scope.onmessage = (event) => {
  const { graph, seed, resolution } = event.data;
  const result = detectCommunities(graph, { seed, resolution }, (level) =>
    scope.postMessage({ type: 'progress', level }),
  );
  scope.postMessage({ type: 'done', result });
};
