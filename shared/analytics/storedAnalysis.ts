import { z } from 'zod';
import type { ActorMetrics, AnalysisInput, MapAnalysis } from './analyseMap';

/**
 * Analyses kept in the map file (table `analysis_results`): packed as JSON with a fingerprint of
 * everything they were computed from. Reopening an unchanged map reads them back instead of
 * recomputing; any change to the inputs (an actor, a relation, a membership, a relevance, a
 * placement, the weights or tiers) changes the fingerprint, and the analyses run again.
 */

/** Bumped when a formula changes, so that results computed by an older version are not reused. */
export const ANALYSIS_FORMULA_VERSION = 1;

/** Where a result is kept: one per topic the scores were computed on, `best` for the best topic. */
export const scopeOf = (topicId: number | null): string =>
  topicId === null ? 'best' : `topic:${topicId}`;

/**
 * A 64-bit hash (two 32-bit FNV-1a streams with different offsets) over the inputs, in a fixed
 * order. Not cryptographic: it only has to tell "same inputs" from "changed inputs", and a
 * collision would show one stale analysis until the next change.
 */
export function analysisFingerprint(input: AnalysisInput): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const mixNumber = (value: number | null) => {
    const v = value === null ? -0.5 : value;
    // Numbers as their decimal text: exact for integers and stable for floats.
    mixText(String(v));
  };
  const mixText = (text: string) => {
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193 + 0x100);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x01000193 + 0x100);
  };
  const { graph } = input;
  mixNumber(ANALYSIS_FORMULA_VERSION);
  mixNumber(input.topicId);
  for (const key of ['reach', 'resonance', 'relevance', 'centrality'] as const)
    mixNumber(input.weights[key]);
  mixNumber(input.thresholds.micro);
  mixNumber(input.thresholds.macro);
  mixNumber(input.thresholds.mega);
  mixNumber(graph.actors.length);
  for (const a of graph.actors) {
    mixNumber(a.id);
    mixNumber(a.stance);
    mixNumber(a.reach);
    mixNumber(a.resonance);
    mixNumber(input.onJourney.has(a.id) ? 1 : 0);
    for (const c of a.communityIds) mixNumber(c);
    mixText('|');
    for (const [topic, relevance] of input.relevance.get(a.id) ?? []) {
      mixNumber(topic);
      mixNumber(relevance);
    }
    mixText('|');
  }
  mixNumber(graph.relations.length);
  for (const r of graph.relations) {
    mixNumber(r.sourceId);
    mixNumber(r.targetId);
    mixNumber(r.weight);
    mixNumber(r.directed ? 1 : 0);
  }
  for (const c of graph.communities) {
    mixNumber(c.id);
    // The risk list shows community names.
    mixText(c.name);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${hex(h1)}${hex(h2)}`;
}

const finite = z.number().refine(Number.isFinite);
const parts = z.object({
  reach: finite,
  resonance: finite,
  relevance: finite,
  centrality: finite,
});
const tie = z.object({ actorId: z.number().int(), strength: finite });

/** The packed form: metrics as rows `[actorId, pageRank, betweenness, inDegree, outDegree]`. */
const StoredAnalysisSchema = z.object({
  ranking: z.array(
    z.object({
      id: z.number().int(),
      rank: z.number().int(),
      score: finite,
      magicMiddle: z.boolean(),
      components: parts,
      contributions: parts,
    }),
  ),
  metrics: z.array(z.tuple([z.number().int(), finite, finite, finite, finite])),
  overlaps: z.array(
    z.object({
      a: z.number().int(),
      b: z.number().int(),
      shared: z.number().int(),
      jaccard: finite,
    }),
  ),
  approximate: z.boolean(),
  risks: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      size: z.number().int(),
      meanStance: finite,
      negativeShare: finite,
      totalReach: finite,
      cohesion: finite,
      outward: finite,
      journeyShare: finite,
      risk: finite,
      isDetractorCluster: z.boolean(),
      memberIds: z.array(z.number().int()),
      bridges: z.array(tie),
      responders: z.array(tie.extend({ direct: finite, sharedAudience: finite })),
    }),
  ),
});

export function packAnalysis(analysis: MapAnalysis): string {
  const metrics: Array<[number, number, number, number, number]> = [];
  for (const [id, m] of analysis.metrics)
    metrics.push([id, m.pageRank, m.betweenness, m.inDegree, m.outDegree]);
  return JSON.stringify({ ...analysis, metrics });
}

/** The analysis a payload holds, or null when it is not one (damaged, or from another version). */
export function unpackAnalysis(payload: string): MapAnalysis | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = StoredAnalysisSchema.safeParse(json);
  if (!parsed.success) return null;
  const metrics = new Map<number, ActorMetrics>();
  for (const [id, pageRank, betweenness, inDegree, outDegree] of parsed.data.metrics)
    metrics.set(id, { pageRank, betweenness, inDegree, outDegree });
  return { ...parsed.data, metrics };
}
