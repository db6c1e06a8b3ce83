import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/api/contract';
import type { AppErrorData } from '../../shared/api/errors';
import type {
  Actor,
  ActorDraft,
  ActorId,
  ActorPatch,
  GraphSnapshot,
  MapInfo,
  RecentMap,
} from '../../shared/domain/schemas';
import { ApiError, call } from '../api/client';
import type { AppStore } from './store';

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
  boot(): Promise<void>;
  dismissNotice(): void;
  openMap(path: string): Promise<void>;
  createMap(path: string, name?: string): Promise<void>;
  openDemo(): Promise<void>;
  pickAndOpen(mode: 'open' | 'create'): Promise<void>;
  closeMap(): Promise<void>;
  forgetRecent(path: string): Promise<void>;
  createActor(draft: ActorDraft): Promise<Actor | null>;
  updateActor(id: ActorId, patch: ActorPatch): Promise<AppErrorData | null>;
  deleteActor(id: ActorId): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
};

export const createSessionSlice: StateCreator<AppStore, [], [], SessionSlice> = (set, get) => {
  /** Runs `work`, counting it as pending; a failure becomes the notice and `null`. */
  const attempt = async <T>(work: () => Promise<T>): Promise<T | null> => {
    set((s) => ({ pending: s.pending + 1 }));
    try {
      return await work();
    } catch (err) {
      set({
        notice:
          err instanceof ApiError
            ? err.data
            : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) },
      });
      return null;
    } finally {
      set((s) => ({ pending: s.pending - 1 }));
    }
  };

  /** Re-reads the map after any change; the selection is dropped if its actor is gone. */
  const reload = async () => {
    const [map, graph] = await Promise.all([call('map:info', {}), call('graph:get', {})]);
    const selected = get().selectedActorId;
    const stillThere = selected !== null && graph.actors.some((a) => a.id === selected);
    set({ map, graph, selectedActorId: stillThere ? selected : null });
  };

  const adopt = async (map: MapInfo) => {
    set({ map, graph: await call('graph:get', {}), selectedActorId: null, view: 'map' });
    set({ recent: await call('recent:list', {}) });
  };

  return {
    appInfo: null,
    recent: [],
    map: null,
    graph: null,
    booted: false,
    pending: 0,
    notice: null,

    async boot() {
      await attempt(async () => {
        const [appInfo, recent, map] = await Promise.all([
          call('app:info', {}),
          call('recent:list', {}),
          call('map:info', {}),
        ]);
        set({ appInfo, recent, map, graph: map ? await call('graph:get', {}) : null });
      });
      set({ booted: true });
    },
    dismissNotice: () => set({ notice: null }),

    openMap: async (path) => {
      await attempt(async () => adopt(await call('map:open', { path })));
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
        set({
          map: null,
          graph: null,
          selectedActorId: null,
          recent: await call('recent:list', {}),
        });
      });
    },
    forgetRecent: async (path) => {
      await attempt(async () => set({ recent: await call('recent:forget', { path }) }));
    },

    createActor: (draft) =>
      attempt(async () => {
        const actor = await call('actor:create', draft);
        await reload();
        set({ selectedActorId: actor.id });
        return actor;
      }),
    updateActor: async (id, patch) => {
      set((s) => ({ pending: s.pending + 1 }));
      try {
        await call('actor:update', { id, patch });
        await reload();
        return null;
      } catch (err) {
        // Field errors are shown next to the field by the form, not in the banner.
        if (err instanceof ApiError) return err.data;
        throw err;
      } finally {
        set((s) => ({ pending: s.pending - 1 }));
      }
    },
    deleteActor: async (id) => {
      await attempt(async () => {
        await call('actor:delete', { id });
        await reload();
      });
    },
    undo: async () => {
      if (!get().map?.history.canUndo) return;
      await attempt(async () => {
        await call('history:undo', {});
        await reload();
      });
    },
    redo: async () => {
      if (!get().map?.history.canRedo) return;
      await attempt(async () => {
        await call('history:redo', {});
        await reload();
      });
    },
  };
};
