import { unpackGraph } from '../../shared/graph/compactGraph';
import type { StateCreator } from 'zustand';
import type { ApiInput, ApiOutput, AppInfo } from '../../shared/api/contract';
import type { AppErrorData } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { GraphSnapshot, MapInfo, RecentMap } from '../../shared/domain/schemas';
import { isStale, READS } from '../../shared/api/dataFlow';
import type { Changes } from '../../shared/domain/mapTables';
import { ApiError, call, onChanges } from '../api/client';
import { reads } from '../api/reads';
import { NOTHING, pruneSelection } from './selection';
import type { AppStore } from './store';

/** The outcome of a change: its value, or the error a form shows next to its fields. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export type SessionSlice = {
  appInfo: AppInfo | null;
  recent: RecentMap[];
  map: MapInfo | null;
  graph: GraphSnapshot | null;
  booted: boolean;
  /** Calls under way: the autosave indicator says "Saving…" while any is. */
  pending: number;
  /** The last failure, shown in a banner in the user's language until dismissed. */
  notice: AppErrorData | null;
  /** Where a journal found beside the map just opened or created was moved, unreplayed. */
  journalSetAside: string | null;
  boot(): Promise<void>;
  showNotice(notice: AppErrorData): void;
  dismissNotice(): void;
  /** `setJournalAside`: the user's answer to FOREIGN_JOURNAL (the journal moved, the map opened). */
  openMap(path: string, options?: { setJournalAside?: boolean }): Promise<void>;
  createMap(path: string, name?: string): Promise<void>;
  openDemo(): Promise<void>;
  pickAndOpen(mode: 'open' | 'create'): Promise<void>;
  closeMap(): Promise<void>;
  forgetRecent(path: string): Promise<void>;
  /**
   * Runs one change of the map (any mutating method); what it touched is read again before it
   * resolves (the map's counts and settings, its graph), nothing else. The caller shows a
   * failure next to its fields; `act` is the same but shows failures in the banner.
   */
  perform<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<Outcome<ApiOutput<M>>>;
  act<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M> | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Re-reads everything after a change made outside `act` (an import job). */
  refresh(): Promise<void>;
};

const asErrorData = (err: unknown): AppErrorData =>
  err instanceof ApiError
    ? err.data
    : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) };

export const createSessionSlice: StateCreator<AppStore, [], [], SessionSlice> = (set, get) => {
  /** Runs `work`, counting it as pending; a failure becomes the notice and `null`. */
  const attempt = async <T>(work: () => Promise<T>): Promise<T | null> => {
    set((s) => ({ pending: s.pending + 1 }));
    try {
      return await work();
    } catch (err) {
      set({ notice: asErrorData(err) });
      return null;
    } finally {
      set((s) => ({ pending: s.pending - 1 }));
    }
  };

  /** The snapshot arrives as columns (compact on the wire) and is unpacked once here. */
  const loadGraph = async () => unpackGraph(await reads.read('graph:get', {}));

  /** Takes a new graph in; the selection keeps only what still exists. */
  const takeGraph = (graph: GraphSnapshot) => {
    const selection = pruneSelection(
      get().selection,
      new Set(graph.actors.map((a) => a.id)),
      new Set(graph.relations.map((r) => r.id)),
    );
    set({ graph, selection });
  };

  /**
   * Reads again what a change made stale, and only that: the graph when a table it reads was
   * touched (a drag, which touches positions only, does not), the map's counts and settings
   * likewise; the undo history comes with the change itself.
   */
  const takeChanges = async (changed: Changes) => {
    const [map, graph] = await Promise.all([
      isStale(READS['map:info'], changed) ? reads.read('map:info', {}) : null,
      isStale(READS['graph:get'], changed) ? loadGraph() : null,
    ]);
    if (map) set({ map });
    if (graph) takeGraph(graph);
  };

  /** Re-reads the map and its graph after any change. */
  const reload = async () => {
    reads.apply('map');
    await takeChanges('map');
  };

  // Another map opened or closed is taken in by the code that opened or closed it.
  onChanges(async (changed, history) => {
    if (changed === 'map' || !get().map) return;
    const current = get().map;
    if (history && current) set({ map: { ...current, history } });
    await takeChanges(changed);
  });

  const adopt = async (map: MapInfo) => {
    set({
      map,
      graph: await loadGraph(),
      selection: NOTHING,
      // A failure to open (a foreign journal, a refused path) is settled once a map is open.
      notice: null,
      journalSetAside: map.journalSetAside ?? null,
    });
    get().setView('map');
    set({ recent: await call('recent:list', {}) });
  };

  const perform: SessionSlice['perform'] = async (method, input) => {
    set((s) => ({ pending: s.pending + 1 }));
    try {
      // The change listener above has read again what the change touched when this resolves.
      const value = await call(method, input);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: asErrorData(err) };
    } finally {
      set((s) => ({ pending: s.pending - 1 }));
    }
  };

  return {
    appInfo: null,
    recent: [],
    map: null,
    graph: null,
    booted: false,
    pending: 0,
    notice: null,
    journalSetAside: null,

    async boot() {
      await attempt(async () => {
        const [appInfo, recent, map] = await Promise.all([
          call('app:info', {}),
          call('recent:list', {}),
          call('map:info', {}),
        ]);
        set({ appInfo, recent, map, graph: map ? await loadGraph() : null });
      });
      set({ booted: true });
    },
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null, journalSetAside: null }),

    openMap: async (path, options) => {
      const input = options?.setJournalAside ? { path, setJournalAside: true as const } : { path };
      await attempt(async () => adopt(await call('map:open', input)));
    },
    createMap: async (path, name) => {
      await attempt(async () => adopt(await call('map:create', name ? { path, name } : { path })));
    },
    openDemo: async () => {
      await attempt(async () => adopt(await call('map:open-demo', {})));
    },
    pickAndOpen: async (mode) => {
      const picked = await attempt(() => call('map:pick', { mode }));
      if (!picked?.path) return;
      if (mode === 'open') await get().openMap(picked.path);
      else await get().createMap(picked.path);
    },
    closeMap: async () => {
      await attempt(async () => {
        await call('map:close', {});
        set({ map: null, graph: null, selection: NOTHING, recent: await call('recent:list', {}) });
      });
    },
    forgetRecent: async (path) => {
      await attempt(async () => set({ recent: await call('recent:forget', { path }) }));
    },

    perform,
    act: async (method, input) => {
      const outcome = await perform(method, input);
      if (outcome.ok) return outcome.value;
      set({ notice: outcome.error });
      return null;
    },
    refresh: async () => {
      await attempt(reload);
    },
    undo: async () => {
      if (!get().map?.history.canUndo) return;
      await attempt(() => call('history:undo', {}));
    },
    redo: async () => {
      if (!get().map?.history.canRedo) return;
      await attempt(() => call('history:redo', {}));
    },
  };
};
