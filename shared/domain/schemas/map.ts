import { z } from 'zod';
import { ActorSummarySchema } from './actor';
import { CommunitySchema, TopicSchema } from './grouping';
import { RelationSchema } from './relation';
import { TagSchema } from './fields';

/** Whole-map views: the snapshot the map draws, the settings, the history state, the map info. */

/** What the map needs of a relation (evidence and date are read with `relation:get`). */
export const RelationLinkSchema = RelationSchema.pick({
  id: true,
  sourceId: true,
  targetId: true,
  type: true,
  directed: true,
  weight: true,
});
export type RelationLink = z.infer<typeof RelationLinkSchema>;

export const GraphSnapshotSchema = z.object({
  actors: z.array(ActorSummarySchema),
  relations: z.array(RelationLinkSchema),
  communities: z.array(CommunitySchema),
  topics: z.array(TopicSchema),
});
export type GraphSnapshot = z.infer<typeof GraphSnapshotSchema>;

const positive = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const TierThresholdsSchema = z
  .object({ micro: positive, macro: positive, mega: positive })
  .refine((t) => t.micro < t.macro && t.macro < t.mega, {
    message: 'Thresholds must increase: micro < macro < mega',
    path: ['macro'],
  });

/** Weights of the influence score (used by the analytics); they need not sum to 1. */
export const ScoreWeightsSchema = z.object({
  reach: z.number().min(0).max(10),
  resonance: z.number().min(0).max(10),
  relevance: z.number().min(0).max(10),
  centrality: z.number().min(0).max(10),
});
export type ScoreWeights = z.infer<typeof ScoreWeightsSchema>;

export const MapSettingsSchema = z.object({
  name: z.string(),
  client: z.string().nullable(),
  /** What the engagement is about, and who signs the work: the report's cover. */
  subject: z.string().nullable(),
  author: z.string().nullable(),
  tierThresholds: TierThresholdsSchema,
  relationTypes: z.array(z.string()),
  scoreWeights: ScoreWeightsSchema,
});
export type MapSettings = z.infer<typeof MapSettingsSchema>;

export const MapSettingsPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    client: z.string().trim().max(200).nullable(),
    subject: z.string().trim().max(200).nullable(),
    author: z.string().trim().max(200).nullable(),
    tierThresholds: TierThresholdsSchema,
    relationTypes: z
      .array(TagSchema)
      .min(1)
      .max(50)
      .refine((types) => new Set(types).size === types.length, {
        message: 'Each relation type once',
      }),
    scoreWeights: ScoreWeightsSchema,
  })
  .partial();
export type MapSettingsPatch = z.input<typeof MapSettingsPatchSchema>;

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** Label of the action undo would revert, e.g. `actor:create`. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryStateSchema>;

export const MapInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  settings: MapSettingsSchema,
  history: HistoryStateSchema,
  counts: z.object({
    actors: z.number().int(),
    relations: z.number().int(),
    communities: z.number().int(),
    topics: z.number().int(),
    journeys: z.number().int(),
  }),
  /**
   * Where an unfinished journal found beside the map was moved, unreplayed, as this map was
   * created or opened (db/file/journalCheck.ts); said once, on the answer that moved it.
   */
  journalSetAside: z.string().optional(),
});
export type MapInfo = z.infer<typeof MapInfoSchema>;

export const RecentMapSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentMap = z.infer<typeof RecentMapSchema>;
