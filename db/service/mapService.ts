import { mkdirSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import {
  API,
  type ApiHandlers,
  type ApiOutput,
  type ApiParsedInput,
} from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { HistoryState, MapInfo } from '../../shared/domain/schemas';
import { isMapTable, type Changes } from '../../shared/domain/mapTables';
import { SIDE_EFFECTS, type SideEffect, type UnrecordedMethod } from '../../shared/api/dataFlow';
import { seedDemoMap } from '../demo/demoMap';
import { fileError } from '../file/errors';
import { MAP_EXTENSION } from '../file/mapFormat';
import { writeFileAtomically } from '../io/atomicWrite';
import { createImportJobs } from './importJobs';
import { createMap, openMap, type MapHandle } from '../file/openMap';
import { schemaVersion } from '../migrate';
import type { Migration } from '../migrations';
import { createRepositories } from '../repositories';
import type { SqliteDatabase } from '../sqlite';
import { actorHandlers } from './handlers/actorHandlers';
import { analysisHandlers } from './handlers/analysisHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { importHandlers } from './handlers/importHandlers';
import { journeyHandlers } from './handlers/journeyHandlers';
import type { Session } from './handlers/context';
import { groupingHandlers } from './handlers/groupingHandlers';
import { historyHandlers } from './handlers/historyHandlers';
import { relationHandlers } from './handlers/relationHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { viewHandlers } from './handlers/viewHandlers';
import { storyHandlers } from './handlers/storyHandlers';
import { reportHandlers } from './handlers/reportHandlers';
import { createRecentMaps } from './recentMaps';
import { createPathPolicy } from './pathPolicy';

/** What differs between the desktop app and browser mode: who shows file dialogs. */
export type Host = {
  kind: 'electron' | 'browser';
  version: string;
  /** A native dialog's answer, or null when cancelled or when the host has no dialogs. */
  pickMap(mode: 'open' | 'create'): Promise<string | null>;
  /** Where to save an export named `fileName`; null when cancelled or without dialogs. */
  pickSavePath(fileName: string): Promise<string | null>;
  canPickFiles: boolean;
};

/** A call's answer and what it changed (see ApiResult). */
export type CallOutcome<M extends ApiMethod> = {
  value: ApiOutput<M>;
  changed?: Changes;
  history?: HistoryState;
};

export type MapServiceOptions = {
  userDataDir: string;
  /** Where a map created from a bare name goes. */
  mapsDir: string;
  host: Host;
  migrations?: readonly Migration[];
  /** Every SQL statement the open map runs (tests check the tables each read declares). */
  traceSql?: (sql: string) => void;
};

/** A new map's name and nothing else: the seed of `map:create`. */
function seedName(name: string) {
  return (db: SqliteDatabase) => createRepositories(db).settings.set({ name });
}

/** What may be called while an import runs: nothing that reads or writes the map. */
const WHILE_IMPORTING: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'app:info',
  'recent:list',
  'import:upload',
  'import:progress',
  'import:cancel',
  'import:discard',
]);

/**
 * The service behind the API contract: it holds the one open map of a window (or of a browser
 * session) and implements every method. Mutating methods run inside the change journal (one
 * transaction, one undoable entry) through `call`; transports never call handlers directly.
 */
export function createMapService(options: MapServiceOptions) {
  const recent = createRecentMaps(options.userDataDir);
  const migrations = options.migrations;
  let session: Session | null = null;
  const imports = createImportJobs();
  const paths = createPathPolicy({
    mapsDir: options.mapsDir,
    openAnyMapFile: options.host.kind === 'electron',
    recentPaths: () => recent.list().map((m) => m.path),
  });

  const requireSession = (): Session => {
    if (!session) throw new AppError({ code: 'NO_MAP_OPEN' });
    return session;
  };
  const context = { requireSession };

  const info = (s: Session): MapInfo => ({
    path: s.handle.path,
    schemaVersion: schemaVersion(s.handle.db),
    settings: s.repos.settings.get(),
    history: s.handle.journal.state(),
    counts: s.repos.counts.get(),
  });

  /** Makes `handle` the open map; the previous one is closed only once the new one is open. */
  const adopt = (handle: MapHandle): MapInfo => {
    imports.reset();
    session?.handle.close();
    session = { handle, repos: createRepositories(handle.db) };
    const current = info(session);
    recent.touch(handle.path, current.settings.name);
    return handle.journalSetAside
      ? { ...current, journalSetAside: handle.journalSetAside }
      : current;
  };

  const open = (path: string, setJournalAside = false): MapInfo => {
    const absolute = resolve(path);
    if (session && session.handle.path === absolute) return info(session);
    paths.assertCanOpen(absolute);
    return adopt(
      openMap(absolute, {
        migrations,
        setAsideForeignJournal: setJournalAside,
        ...(options.traceSql ? { traceSql: options.traceSql } : {}),
      }),
    );
  };

  /** A bare name becomes `<mapsDir>/<name>.influmap`; the extension is added when missing. */
  const newMapPath = (path: string): string => {
    const absolute = isAbsolute(path) ? path : join(options.mapsDir, path);
    return extname(absolute).toLowerCase() === MAP_EXTENSION
      ? absolute
      : `${absolute}${MAP_EXTENSION}`;
  };

  const demoPath = join(options.userDataDir, `demo${MAP_EXTENSION}`);
  paths.grant(demoPath);

  const handlers: ApiHandlers = {
    'app:info': () => ({
      version: options.host.version,
      host: options.host.kind,
      canPickFiles: options.host.canPickFiles,
      defaultMapFolder: options.mapsDir,
    }),
    'recent:list': () => recent.list(),
    'recent:forget': ({ path }) => recent.forget(path),
    'map:pick': async ({ mode }) => {
      const picked = await options.host.pickMap(mode);
      // The user chose it in a native dialog: the window may now create or open it (a new map's
      // name with its extension added, as map:create will add it).
      const path = picked !== null && mode === 'create' ? newMapPath(picked) : picked;
      if (path !== null) paths.grant(path);
      return { path };
    },
    'export:save': async ({ fileName, base64 }) => {
      const path = await options.host.pickSavePath(fileName);
      if (path === null) return { path: null };
      try {
        writeFileAtomically(path, Buffer.from(base64, 'base64'));
      } catch (err) {
        throw fileError(err, path);
      }
      return { path };
    },
    'map:create': ({ path, name }) => {
      const target = newMapPath(path);
      paths.assertCanCreate(target);
      mkdirSync(dirname(target), { recursive: true });
      const title = name ?? target.replace(/^.*[\\/]/, '').replace(/\.influmap$/i, '');
      return adopt(createMap(target, seedName(title), { migrations }));
    },
    'map:open': ({ path, setJournalAside }) => open(path, setJournalAside === true),
    'map:open-demo': () => {
      mkdirSync(options.userDataDir, { recursive: true });
      if (session?.handle.path === demoPath) return info(session);
      try {
        return open(demoPath);
      } catch (err) {
        if (!(err instanceof AppError && err.data.code === 'FILE_NOT_FOUND')) throw err;
        return adopt(createMap(demoPath, seedDemoMap, { migrations }));
      }
    },
    'map:info': () => (session ? info(session) : null),
    'map:close': () => {
      const closed = session !== null;
      imports.reset();
      session?.handle.close();
      session = null;
      return { closed };
    },
    ...actorHandlers(context),
    ...relationHandlers(context),
    ...groupingHandlers(context),
    ...historyHandlers(context),
    ...settingsHandlers(context),
    ...viewHandlers(context),
    ...analysisHandlers(context),
    ...journeyHandlers(context),
    ...importHandlers(context, imports),
    ...exportHandlers(context),
    ...storyHandlers(context),
    ...reportHandlers(context, options.host.version),
  };

  /**
   * Runs one validated call and says what it changed. A mutating method runs as one journal
   * entry (its handler must be synchronous, since a transaction cannot span an `await`), and
   * its answer carries the tables that entry touched and the undo history after it; so do undo
   * and redo; opening or closing a map changes everything (shared/api/dataFlow.ts).
   */
  const run = async <M extends ApiMethod>(
    method: M,
    input: ApiParsedInput<M>,
  ): Promise<CallOutcome<M>> => {
    const handler = handlers[method] as (
      input: ApiParsedInput<M>,
    ) => ApiOutput<M> | Promise<ApiOutput<M>>;
    // A running import holds the map's transaction open across calls: nothing else may touch
    // the map until it ends (the window shows its progress meanwhile).
    if (imports.running() && !WHILE_IMPORTING.has(method))
      throw new AppError({ code: 'IMPORT_RUNNING' });
    const effect: SideEffect | undefined = API[method].mutates
      ? 'journal'
      : SIDE_EFFECTS[method as UnrecordedMethod];
    const value = API[method].mutates
      ? requireSession().handle.journal.record(method, () => {
          const result = handler(input);
          if (result instanceof Promise)
            throw new Error(`${method} mutates the map and must be synchronous`);
          return result;
        })
      : await handler(input);
    if (effect === undefined) return { value };
    if (effect === 'map') return { value, changed: 'map' };
    if (effect !== 'journal') return { value, changed: [...effect] };
    const { journal } = requireSession().handle;
    return {
      value,
      changed: journal.touched().filter(isMapTable),
      history: journal.state(),
    };
  };

  return {
    run,
    /** Runs one validated call for its answer alone (the command line, the host's own calls). */
    async call<M extends ApiMethod>(method: M, input: ApiParsedInput<M>): Promise<ApiOutput<M>> {
      return (await run(method, input)).value;
    },
    /** The open map's path, for error messages that name the file. */
    currentPath: (): string | null => session?.handle.path ?? null,
    isFirstRun: (): boolean => recent.isEmpty(),
    /**
     * Lets the window create or open `path`: for paths the user chose outside it (a file the
     * system asked the app to open, a map named on the command line).
     */
    grant: (path: string): void => paths.grant(path),
    close(): void {
      imports.reset();
      session?.handle.close();
      session = null;
    },
  };
}
export type MapService = ReturnType<typeof createMapService>;
