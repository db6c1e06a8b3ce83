import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { isStale, readDependency } from '../../shared/api/dataFlow';
import type { ApiMethod } from '../../shared/api/methods';
import type { Changes } from '../../shared/domain/mapTables';

type Fetch = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

type Entry = {
  method: ApiMethod;
  /** The answer, once it came and while no change made it stale. */
  value?: unknown;
  pending?: Promise<unknown>;
  /** Bumped by every change that makes the entry stale: an answer to an older ask is not kept. */
  generation: number;
  /** Views showing this read: told to ask again when it goes stale. */
  watchers: Set<() => void>;
};

/** How the cache served reads since it was made (tests and the bench count them). */
export type ReadCacheStats = { fetched: number; served: number };

/**
 * The window's reads, cached by method and input, and kept until a change touches a table they
 * read (shared/api/dataFlow.ts declares those tables; every call that changes the map reports the
 * tables it touched). Views asking the same read share one answer and one call; a view watching
 * a read is told when it goes stale and asks again. Methods that are not reads (`null`
 * dependency) are never cached.
 */
export function createReadCache(fetch: Fetch) {
  const entries = new Map<string, Entry>();
  const stats: ReadCacheStats = { fetched: 0, served: 0 };
  const keyOf = (method: ApiMethod, input: unknown) => `${method} ${JSON.stringify(input)}`;

  const entryFor = (method: ApiMethod, input: unknown): Entry => {
    const key = keyOf(method, input);
    let entry = entries.get(key);
    if (!entry) {
      entry = { method, generation: 0, watchers: new Set() };
      entries.set(key, entry);
    }
    return entry;
  };

  return {
    /** The answer to a read: from the cache while fresh, else asked once for every asker. */
    read<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      if (readDependency(method) === null) return fetch(method, input);
      const entry = entryFor(method, input);
      if ('value' in entry) {
        stats.served += 1;
        return Promise.resolve(entry.value as ApiOutput<M>);
      }
      if (entry.pending) {
        stats.served += 1;
        return entry.pending as Promise<ApiOutput<M>>;
      }
      stats.fetched += 1;
      const generation = entry.generation;
      const pending = fetch(method, input).then(
        (value) => {
          if (entry.generation === generation) {
            entry.value = value;
            delete entry.pending;
          }
          return value;
        },
        (err: unknown) => {
          if (entry.generation === generation) delete entry.pending;
          throw err;
        },
      );
      entry.pending = pending;
      return pending;
    },

    /** Calls `onStale` whenever this read goes stale, until the returned function is called. */
    watch<M extends ApiMethod>(method: M, input: ApiInput<M>, onStale: () => void): () => void {
      const key = keyOf(method, input);
      const entry = entryFor(method, input);
      entry.watchers.add(onStale);
      return () => {
        entry.watchers.delete(onStale);
        if (entry.watchers.size === 0 && !('value' in entry) && !entry.pending) entries.delete(key);
      };
    },

    /**
     * Marks stale every read that depends on a changed table (all of them for another map),
     * then tells their watchers. Reads nobody watches are forgotten.
     */
    apply(changed: Changes): void {
      const told: Array<() => void> = [];
      for (const [key, entry] of entries) {
        if (!isStale(readDependency(entry.method), changed)) continue;
        entry.generation += 1;
        delete entry.value;
        delete entry.pending;
        if (entry.watchers.size === 0) entries.delete(key);
        else told.push(...entry.watchers);
      }
      for (const onStale of told) onStale();
    },

    /** Whether a fresh answer to this read is held (tests). */
    holds(method: ApiMethod, input: unknown): boolean {
      const entry = entries.get(keyOf(method, input));
      return entry !== undefined && 'value' in entry;
    },

    stats: (): ReadCacheStats => ({ ...stats }),
  };
}
export type ReadCache = ReturnType<typeof createReadCache>;
