import type { Positions } from '../../../shared/graph/layouts';
import type { LayoutMessage, LayoutRequest } from './layoutWorker';

export type RunningLayout = { result: Promise<Positions | null>; cancel(): void };

/**
 * Starts a layout in its own worker: the window never freezes, `onProgress` reports, and
 * `cancel()` stops it at once (the worker is terminated; the result resolves to null).
 */
export function startLayout(
  request: LayoutRequest,
  onProgress: (share: number) => void,
): RunningLayout {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let settle: (positions: Positions | null) => void = () => undefined;
  const result = new Promise<Positions | null>((resolve, reject) => {
    settle = resolve;
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
  });
  worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
    if (event.data.type === 'progress') onProgress(event.data.done / event.data.total);
    else {
      worker.terminate();
      settle(new Map(event.data.positions));
    }
  };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}
