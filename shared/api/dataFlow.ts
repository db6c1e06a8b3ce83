import type { MapTable } from '../domain/mapTables';
import type { API } from './contract';
import type { ApiMethod } from './methods';

/** The methods that are not recorded as an action of the map (reads, jobs, opening maps). */
export type UnrecordedMethod = {
  [M in ApiMethod]: (typeof API)[M]['mutates'] extends true ? never : M;
}[ApiMethod];

/**
 * What a read's answer depends on: the tables it reads (it is read again only when a change
 * touched one of them); `history` for the undo history, which every recorded action, undo and
 * redo changes; `null` for a method that is not a cacheable read (an action, a job, a file
 * written or picked), always called afresh.
 */
export type ReadDependency = readonly MapTable[] | 'history' | null;

/**
 * Every unrecorded method's dependency, checked by the compiler (a new method must say what it
 * reads, in the names of real tables) and by tests/db/dataFlow.test.ts, which runs each read on a
 * map and compares the tables its SQL names with what is declared here.
 */
export const READS = {
  'app:info': null,
  'recent:list': null,
  'recent:forget': null,
  'map:pick': null,
  'map:create': null,
  'map:open': null,
  'map:open-demo': null,
  'map:info': ['map_settings', 'actors', 'relations', 'communities', 'topics', 'journeys'],
  'map:close': null,
  'graph:get': ['actors', 'accounts', 'relations', 'communities', 'community_members', 'topics'],
  'actor:list': ['actors', 'accounts', 'community_members'],
  'actor:get': ['actors', 'accounts', 'actor_topics', 'community_members'],
  'actor:table': ['actors', 'accounts', 'actor_topics', 'community_members', 'interactions'],
  'relation:get': ['relations'],
  'community:list': ['communities', 'community_members'],
  'detection:list': ['detection_runs', 'communities'],
  // Read once per analysis run (the window keeps the result it computes): never cached.
  'analysis:get': null,
  'analysis:put': null,
  'interaction:list': ['actors', 'interactions'],
  'campaign:list': ['campaigns', 'interactions'],
  'purchasing:report': ['actors', 'campaigns', 'interactions'],
  'story:list': ['stories', 'story_slides', 'slide_highlights'],
  'slide:render': null,
  'report:outline': [
    'map_settings',
    'actors',
    'accounts',
    'actor_topics',
    'relations',
    'communities',
    'community_members',
    'topics',
    'journeys',
    'journey_stages',
    'touchpoints',
    'placements',
    'mentions',
    'saved_views',
    'view_positions',
    'stories',
    'story_slides',
    'slide_highlights',
    'interactions',
    'campaigns',
  ],
  'report:start': null,
  'report:progress': null,
  'report:cancel': null,
  'report:result': null,
  'history:list': 'history',
  'history:undo': null,
  'history:redo': null,
  'view:list': ['saved_views'],
  'view:get': ['saved_views', 'view_positions'],
  'export:save': null,
  'mention:summary': ['actors', 'accounts', 'mentions', 'topics'],
  'export:data': null,
  'journey:lanes': ['journeys', 'journey_stages', 'placements'],
  'journey:list': ['journeys', 'journey_stages', 'touchpoints', 'placements'],
  'trail:steps': ['trails', 'trail_steps'],
  'import:preview': null,
  'import:apply': null,
  'import:upload': null,
  'import:start': null,
  'import:progress': null,
  'import:cancel': null,
  'import:discard': null,
} as const satisfies Record<UnrecordedMethod, ReadDependency>;

/**
 * What an unrecorded method changes besides nothing: `journal` (the tables of the entry it
 * undid or redid), `map` (another map: everything), or named tables. A recorded method changes
 * the tables of its own journal entry.
 */
export type SideEffect = 'journal' | 'map' | readonly MapTable[];
export const SIDE_EFFECTS: Partial<Record<UnrecordedMethod, SideEffect>> = {
  'map:create': 'map',
  'map:open': 'map',
  'map:open-demo': 'map',
  'map:close': 'map',
  'history:undo': 'journal',
  'history:redo': 'journal',
  // An import of many tables at once, run over several turns: the window reads everything again.
  'import:apply': 'map',
  'analysis:put': ['analysis_results'],
};

/** The read dependency of any method (recorded ones are never read through the cache). */
export function readDependency(method: ApiMethod): ReadDependency {
  return (READS as Partial<Record<ApiMethod, ReadDependency>>)[method] ?? null;
}

/** Whether a change makes a read with this dependency stale. */
export function isStale(dependency: ReadDependency, changed: 'map' | readonly MapTable[]): boolean {
  if (dependency === null) return true;
  if (changed === 'map') return true;
  if (changed.length === 0) return false;
  if (dependency === 'history') return true;
  return dependency.some((table) => changed.includes(table));
}
