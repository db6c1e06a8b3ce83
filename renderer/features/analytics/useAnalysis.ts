import { useEffect, useMemo, useState } from 'react';
import type { AnalysisInput, MapAnalysis } from '../../../shared/analytics/analyseMap';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { useQuery } from '../../hooks/useQuery';
import { useAppStore } from '../../state/store';
import { useActorTable } from '../actors/useActorTable';
import { scopeOf } from '../../../shared/analytics/storedAnalysis';
import { LIMITS } from '../../../shared/domain/limits';
import { call } from '../../api/client';
import type { AnalysisMessage, AnalysisRequest } from './analysisWorker';

const NO_INPUT = {};
const DEFAULT_WEIGHTS = { reach: 0.3, resonance: 0.25, relevance: 0.3, centrality: 0.15 };

/**
 * The last analysis of each scope (topic), shared by every view that reads it while the map has
 * not changed. One entry per scope, so that the inspector (best topic) and the dashboard (one
 * topic) shown together do not evict each other's result.
 */
const cache = new Map<string, { key: AnalysisInput; analysis: MapAnalysis; mapPath: string }>();

const sameMembers = (a: ReadonlySet<number>, b: ReadonlySet<number>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

export type AnalysisState = {
  analysis: MapAnalysis | null;
  /** 0..1 while a run is under way, else null. */
  progress: number | null;
  cancel(): void;
};

/**
 * The map's analyses for `topicId`, in a worker: read back from the map when it kept a result for
 * the same inputs, else recomputed (whenever the map changes: each change reloads the snapshot)
 * and kept in the map. Progress is reported and the run can be cancelled (the worker is
 * terminated). Views share the result of the same snapshot.
 */
export function useAnalysis(topicId: number | null = null): AnalysisState {
  const graph = useAppStore((s) => s.graph);
  const settings = useAppStore((s) => s.map?.settings);
  const rows = useActorTable();
  const lanes = useQuery('journey:lanes', NO_INPUT);
  const input = useMemo<AnalysisInput | null>(() => {
    if (!graph || !rows) return null;
    const onJourney = new Set<number>();
    for (const journey of lanes?.journeys ?? [])
      for (const stage of journey.stages)
        for (const p of stage.placements) onJourney.add(p.actorId);
    return {
      graph,
      relevance: new Map(
        rows.map((r) => [
          r.id as number,
          new Map(r.relevance.map((x) => [x.topicId as number, x.relevance])),
        ]),
      ),
      weights: settings?.scoreWeights ?? DEFAULT_WEIGHTS,
      thresholds: settings?.tierThresholds ?? DEFAULT_TIER_THRESHOLDS,
      topicId,
      onJourney,
    };
  }, [graph, rows, lanes, settings, topicId]);
  const same = (key: AnalysisInput | undefined) =>
    !!key &&
    !!input &&
    key.graph === input.graph &&
    key.topicId === input.topicId &&
    key.weights === input.weights &&
    key.thresholds === input.thresholds &&
    sameMembers(key.onJourney, input.onJourney);
  const scope = scopeOf(topicId);
  // A result from another map (closed since) is never shown, even while this one computes.
  const mapPath = useAppStore((s) => s.map?.path ?? '');
  const kept = cache.get(scope);
  const entry = kept?.mapPath === mapPath ? kept : undefined;
  const cached = entry && same(entry.key) ? entry.analysis : null;
  const [share, setShare] = useState(0);
  const [cancelled, setCancelled] = useState<AnalysisInput | null>(null);
  const [worker, setWorker] = useState<Worker | null>(null);
  const [, setDone] = useState(0);
  useEffect(() => {
    if (!input || cached) return;
    const running = new Worker(new URL('./analysisWorker.ts', import.meta.url), {
      type: 'module',
    });
    running.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      if (event.data.type === 'progress') setShare(event.data.share);
      else {
        cache.set(scope, { key: input, analysis: event.data.analysis, mapPath });
        const { store } = event.data;
        // Keeping the result is a saving of time, not of data: if it fails (a map closed
        // meanwhile, a full disk), the analyses simply run again next time.
        if (store && store.payload.length <= LIMITS.analysisPayload)
          call('analysis:put', { scope, ...store }).catch(() => undefined);
        running.terminate();
        setShare(0);
        // The result lives in the module cache; this re-renders the views that read it.
        setDone((n) => n + 1);
      }
    };
    // A failed run stops showing progress; the previous result stays.
    running.onerror = () => {
      running.terminate();
      setCancelled(input);
    };
    let live = true;
    // A stored result that cannot be read is only a result to compute again.
    void call('analysis:get', { scope })
      .catch(() => null)
      .then((stored) => {
        if (live) running.postMessage({ input, stored } satisfies AnalysisRequest);
      });
    const started = setTimeout(() => setWorker(running));
    return () => {
      live = false;
      clearTimeout(started);
      running.terminate();
    };
  }, [input, cached, scope, mapPath]);
  const computing = input !== null && !cached && cancelled !== input;
  const state = {
    // While a new run computes, the previous result stays on screen.
    analysis: cached ?? entry?.analysis ?? null,
    progress: computing ? share : null,
  };
  return {
    ...state,
    cancel: () => {
      worker?.terminate();
      setCancelled(input);
    },
  };
}
