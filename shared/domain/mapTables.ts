import { z } from 'zod';

/**
 * The tables of a map that hold its content: what a change can touch and a read can depend on.
 * The journal records the first ones (JOURNALED_MAP_TABLES, db/migrations/index.ts); the last holds
 * derived data (analyses kept to save time), never undone. The renderer's read cache keys its
 * invalidation on these names (shared/api/dataFlow.ts), so they cross the API as they are.
 */
export const JOURNALED_MAP_TABLES = [
  'map_settings',
  'topics',
  'actors',
  'accounts',
  'actor_topics',
  'relations',
  'detection_runs',
  'communities',
  'community_members',
  'journeys',
  'journey_stages',
  'touchpoints',
  'placements',
  'campaigns',
  'interactions',
  'mentions',
  'trails',
  'trail_steps',
  'saved_views',
  'view_positions',
  'stories',
  'story_slides',
  'slide_highlights',
] as const;
export const MAP_TABLES = [...JOURNALED_MAP_TABLES, 'analysis_results'] as const;
export type MapTable = (typeof MAP_TABLES)[number];

const MAP_TABLE_SET: ReadonlySet<string> = new Set(MAP_TABLES);
export const isMapTable = (name: string): name is MapTable => MAP_TABLE_SET.has(name);

/**
 * What a call changed, reported with its answer: the tables its journal entry (or its undo or
 * redo) touched, or `map` when another map was opened, created or closed (everything changed).
 */
export const ChangesSchema = z.union([z.literal('map'), z.array(z.enum(MAP_TABLES))]);
export type Changes = z.infer<typeof ChangesSchema>;
