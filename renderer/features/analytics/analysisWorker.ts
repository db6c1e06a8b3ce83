import {
  analyseMap,
  type AnalysisInput,
  type MapAnalysis,
} from '../../../shared/analytics/analyseMap';
import {
  analysisFingerprint,
  packAnalysis,
  unpackAnalysis,
} from '../../../shared/analytics/storedAnalysis';

/** The inputs, and the result the map keeps for them if any (shared/analytics/storedAnalysis.ts). */
export type AnalysisRequest = {
  input: AnalysisInput;
  stored: { fingerprint: string; payload: string } | null;
};

/**
 * The map's analyses off the UI thread (metrics, scores, risk hotspots). A stored result whose
 * fingerprint matches the inputs is read back; otherwise the analyses run and the result comes
 * back packed (`store`) for the map to keep.
 */
export type AnalysisMessage =
  | { type: 'progress'; share: number }
  | {
      type: 'done';
      analysis: MapAnalysis;
      store: { fingerprint: string; payload: string } | null;
    };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage): void;
};

scope.onmessage = (event) => {
  const { input, stored } = event.data;
  const fingerprint = analysisFingerprint(input);
  const kept = stored?.fingerprint === fingerprint ? unpackAnalysis(stored.payload) : null;
  if (kept) {
    scope.postMessage({ type: 'done', analysis: kept, store: null });
    return;
  }
  const analysis = analyseMap(input, (share) => scope.postMessage({ type: 'progress', share }));
  scope.postMessage({
    type: 'done',
    analysis,
    store: { fingerprint, payload: packAnalysis(analysis) },
  });
};
