/**
 * Schema v2: the analyses' results kept in the map, so that opening a map shows its scores and
 * risk hotspots without recomputing them. One row per scope (the topic the scores were computed
 * on, or `best` for each actor's best topic). `fingerprint` is a hash of everything the result was
 * computed from (shared/analytics/analysisFingerprint.ts): a map changed since, by any means
 * (an edit, an undo, an import, another program), no longer matches and is recomputed. Derived
 * data, not the user's: it is not journaled, and losing it costs one recomputation.
 */
export const analysisResults = /* sql */ `
CREATE TABLE analysis_results (
  scope TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  computed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  payload TEXT NOT NULL CHECK (json_valid(payload))
);
`;
