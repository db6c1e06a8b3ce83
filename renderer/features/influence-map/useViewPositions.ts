import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  ActorId,
  GraphSnapshot,
  ViewEncoding,
  ViewFilters,
  ViewId,
  ViewLayout,
} from '../../../shared/domain/schemas';
import {
  layoutInput,
  runLayout,
  type Lane,
  type Point,
  type Positions,
} from '../../../shared/graph/layouts';
import { useQuery } from '../../hooks/useQuery';
import { useAppStore } from '../../state/store';
import { startLayout, type RunningLayout } from './layoutClient';
import { actorIdOf, nodeIdOf } from './toElements';

const NO_INPUT = {};
/** A stage as the lanes layout and its headings need it. */
type Stage = Lane & { name: string; isMomentOfTruth: boolean };
const NO_LANES: readonly Stage[] = [];

/** Only the force layout is slow enough to need the worker; the others are O(n log n). */
function compute(
  layout: ViewLayout,
  graph: GraphSnapshot,
  lanes: readonly Lane[],
  onProgress: (share: number) => void,
): RunningLayout {
  const { nodes, edges } = layoutInput(graph);
  if (layout !== 'force')
    return {
      result: Promise.resolve(runLayout(layout, nodes, edges, undefined, lanes)),
      cancel: () => undefined,
    };
  return startLayout({ layout, nodes, edges }, onProgress);
}

/**
 * The Map view's positions: those kept in the current saved view, else a layout computed once
 * (off the UI thread) and shown until the user keeps it. Drags and applied layouts are saved in
 * the view, each as one undoable action.
 */
export function useViewPositions(graph: GraphSnapshot | null, defaultViewName: string) {
  const act = useAppStore((s) => s.act);
  const views = useQuery('view:list', NO_INPUT);
  // The lanes layout follows the first journey's stages.
  const lanes = useQuery('journey:lanes', NO_INPUT)?.journeys[0]?.stages ?? NO_LANES;
  const [chosen, setChosen] = useState<ViewId | null>(null);
  const current =
    views?.find((v) => v.id === chosen) ?? views?.find((v) => v.isDefault) ?? views?.[0] ?? null;
  const currentId = current?.id ?? null;
  const input = useMemo(() => (currentId === null ? null : { id: currentId }), [currentId]);
  const stored = useQuery('view:get', input);
  const [computed, setComputed] = useState<Positions | null>(null);
  const [progress, setProgress] = useState<{ share: number; cancel(): void } | null>(null);
  const running = useRef<RunningLayout | null>(null);

  const loading = graph === null || views === null || (input !== null && stored === null);
  // A view that places less than half of the actors (a new view, or one with a few drags) is
  // laid out whole, off the UI thread and deterministically (same map, same picture), and
  // nothing is drawn meanwhile; stored positions win over the result, which is shown but not
  // saved until a drag or "Lay out". A few newcomers in a placed view go to free spots instead.
  const actorCount = graph?.actors.length ?? 0;
  const needsFirstLayout =
    !loading &&
    actorCount > 0 &&
    computed === null &&
    (stored?.positions.length ?? 0) < actorCount / 2;
  const positions = useMemo(() => {
    if (loading || needsFirstLayout) return null;
    const map = new Map<string, Point>();
    if (computed) for (const [id, point] of computed) map.set(nodeIdOf(id), point);
    if (stored) for (const p of stored.positions) map.set(nodeIdOf(p.actorId), { x: p.x, y: p.y });
    return map;
  }, [loading, needsFirstLayout, computed, stored]);

  const run = useCallback(
    async (layout: ViewLayout): Promise<Positions | null> => {
      if (!graph) return null;
      running.current?.cancel();
      const job = compute(layout, graph, lanes, (share) =>
        setProgress({ share, cancel: job.cancel }),
      );
      running.current = job;
      setProgress({ share: 0, cancel: job.cancel });
      try {
        return await job.result;
      } finally {
        if (running.current === job) {
          running.current = null;
          setProgress(null);
        }
      }
    },
    [graph, lanes],
  );

  useEffect(() => {
    if (!needsFirstLayout || running.current) return;
    void run(current?.layout ?? 'force').then((result) => {
      if (result) setComputed(result);
    });
  }, [needsFirstLayout, run, current?.layout]);
  useEffect(() => () => running.current?.cancel(), []);

  const ensureView = useCallback(async (): Promise<ViewId | null> => {
    if (currentId !== null) return currentId;
    const view = await act('view:create', {
      name: defaultViewName,
      isDefault: true,
      layout: 'force',
    });
    if (view) setChosen(view.id);
    return view?.id ?? null;
  }, [act, currentId, defaultViewName]);

  const save = useCallback(
    async (points: Iterable<[number, Point]>, layout?: ViewLayout) => {
      const id = await ensureView();
      if (id === null) return;
      const list = [...points].map(([actorId, p]) => ({
        actorId: actorId as ActorId,
        x: p.x,
        y: p.y,
      }));
      await act(
        'view:save-positions',
        layout ? { id, positions: list, layout } : { id, positions: list },
      );
    },
    [act, ensureView],
  );

  return {
    views: views ?? [],
    current,
    positions,
    /** The stages of the journey the lanes layout follows (for its column headings). */
    lanes,
    progress,
    chooseView: (id: ViewId) => {
      setComputed(null);
      setChosen(id);
    },
    /** Runs `layout` over every actor and keeps the result in the current view. */
    applyLayout: async (layout: ViewLayout) => {
      const result = await run(layout);
      if (result) await save(result, layout);
    },
    /** Changes the current view (its filters, encoding…), creating it first if needed. */
    updateView: async (patch: { filters?: ViewFilters; encoding?: ViewEncoding }) => {
      const id = await ensureView();
      if (id !== null) await act('view:update', { id, patch });
    },
    /** Saves the nodes the user dragged. */
    saveMoves: (moves: Array<{ nodeId: string; x: number; y: number }>) =>
      void save(
        moves.flatMap((m) => {
          const id = actorIdOf(m.nodeId);
          return id === null ? [] : [[id, { x: m.x, y: m.y }] as [number, Point]];
        }),
      ),
    /** A new view from the current one (layout, filters, encoding and positions). */
    saveAsView: async (name: string) => {
      const view = await act('view:create', {
        name,
        layout: current?.layout ?? 'force',
        filters: current?.filters ?? {},
        encoding: current?.encoding ?? {},
      });
      if (!view) return;
      if (positions && positions.size > 0) {
        const list = [...positions].flatMap(([nodeId, p]) => {
          const actorId = actorIdOf(nodeId);
          return actorId === null ? [] : [{ actorId, x: p.x, y: p.y }];
        });
        await act('view:save-positions', { id: view.id, positions: list });
      }
      setChosen(view.id);
    },
  };
}
