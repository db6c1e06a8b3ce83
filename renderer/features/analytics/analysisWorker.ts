import {
  analyseMap,
  type AnalysisInput,
  type MapAnalysis,
} from '../../../shared/analytics/analyseMap';

/** The map's analyses computed off the UI thread (metrics, scores, risk hotspots). */
export type AnalysisMessage =
  { type: 'progress'; share: number } | { type: 'done'; analysis: MapAnalysis };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisInput>) => void) | null;
  postMessage(message: AnalysisMessage): void;
};

scope.onmessage = (event) => {
  const analysis = analyseMap(event.data, (share) =>
    scope.postMessage({ type: 'progress', share }),
  );
  scope.postMessage({ type: 'done', analysis });
};
