import { z } from 'zod';
import { LIMITS } from './limits';
import { ACTOR_KINDS, COMMUNITY_ORIGINS, LOCALES } from './vocabulary';

/**
 * Zod schemas of the domain: one source for the TypeScript types and for the runtime checks made
 * at every boundary (API, forms, importers). Inputs are strict: an unknown key is an error, never
 * silently dropped, so a typo in a payload cannot pass for an empty field.
 */

// --- Identifiers ---------------------------------------------------------------------------

const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const ActorIdSchema = rowId.brand<'ActorId'>();
export const RelationIdSchema = rowId.brand<'RelationId'>();
export const TopicIdSchema = rowId.brand<'TopicId'>();
export const CommunityIdSchema = rowId.brand<'CommunityId'>();
export type ActorId = z.infer<typeof ActorIdSchema>;
export type RelationId = z.infer<typeof RelationIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;
export type CommunityId = z.infer<typeof CommunityIdSchema>;

// --- Field types ---------------------------------------------------------------------------

export const NameSchema = z.string().trim().min(1).max(LIMITS.name);
const shortText = z.string().trim().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.notes);
export const StanceSchema = z.number().int().min(-2).max(2);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const TagSchema = z.string().trim().min(1).max(LIMITS.tag);
export const TagsSchema = z.array(TagSchema).max(LIMITS.tagsPerActor);
export const IsoDateSchema = z.iso.date();
/** An external identifier, as an import file gives it (GEXF/GraphML `id`, CSV `id`). */
export const ActorKeySchema = z.string().trim().min(1).max(LIMITS.shortText);
export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);
export const LocaleSchema = z.enum(LOCALES);
/** An absolute path to a map file; the file itself is checked by the guarded open, not here. */
export const MapPathSchema = z.string().min(1).max(LIMITS.path);

// --- Actors --------------------------------------------------------------------------------

/** Editable fields of an actor; every one optional so that a patch can name only what changes. */
const actorFields = {
  key: ActorKeySchema,
  name: NameSchema,
  kind: ActorKindSchema,
  role: shortText.nullable(),
  organisation: shortText.nullable(),
  stance: StanceSchema,
  offlineStance: StanceSchema.nullable(),
  country: shortText.nullable(),
  language: shortText.nullable(),
  /** Audience when no platform account gives it (desk research, imports). */
  reach: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  /** Engagement rate (0..1) when no platform account gives it. */
  resonance: z.number().min(0).max(1).nullable(),
  tags: TagsSchema,
  notes: longText.nullable(),
  source: shortText.nullable(),
  retentionUntil: IsoDateSchema.nullable(),
  owner: shortText.nullable(),
  team: shortText.nullable(),
};

export const ActorDraftSchema = z.strictObject(actorFields).partial().required({ name: true });
export type ActorDraft = z.input<typeof ActorDraftSchema>;

export const ActorPatchSchema = z.strictObject(actorFields).partial();
export type ActorPatch = z.input<typeof ActorPatchSchema>;
/** A patch after validation (strings trimmed), as the service receives it. */
export type ValidActorPatch = z.output<typeof ActorPatchSchema>;
export type ValidActorDraft = z.output<typeof ActorDraftSchema>;

/** What the map and lists need of an actor. */
export const ActorSummarySchema = z.object({
  id: ActorIdSchema,
  key: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  role: z.string().nullable(),
  stance: StanceSchema,
  offlineStance: StanceSchema.nullable(),
  /** Sum of the accounts' followers, or the actor's own reach when it has no account. */
  reach: z.number().nullable(),
  resonance: z.number().nullable(),
  tags: z.array(z.string()),
  communityIds: z.array(CommunityIdSchema),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const ActorSchema = ActorSummarySchema.extend({
  organisation: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  ownReach: z.number().nullable(),
  ownResonance: z.number().nullable(),
  notes: z.string().nullable(),
  source: z.string().nullable(),
  retentionUntil: z.string().nullable(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Actor = z.infer<typeof ActorSchema>;

// --- Relations -----------------------------------------------------------------------------

const relationFields = {
  sourceId: ActorIdSchema,
  targetId: ActorIdSchema,
  type: z.string().trim().min(1).max(LIMITS.tag),
  directed: z.boolean(),
  /** Strength of the tie; strictly positive so that path finding can treat it as a strength. */
  weight: z.number().positive().max(1_000_000),
  evidence: longText.nullable(),
  observedOn: IsoDateSchema.nullable(),
};

export const RelationDraftSchema = z
  .strictObject(relationFields)
  .partial()
  .required({ sourceId: true, targetId: true, type: true });
export type RelationDraft = z.input<typeof RelationDraftSchema>;

export const RelationPatchSchema = z
  .strictObject(relationFields)
  .omit({ sourceId: true, targetId: true })
  .partial();
export type RelationPatch = z.input<typeof RelationPatchSchema>;
export type ValidRelationDraft = z.output<typeof RelationDraftSchema>;
export type ValidRelationPatch = z.output<typeof RelationPatchSchema>;

export const RelationSchema = z.object({
  id: RelationIdSchema,
  sourceId: ActorIdSchema,
  targetId: ActorIdSchema,
  type: z.string(),
  directed: z.boolean(),
  weight: z.number(),
  evidence: z.string().nullable(),
  observedOn: z.string().nullable(),
});
export type Relation = z.infer<typeof RelationSchema>;

// --- Topics and communities ----------------------------------------------------------------

const topicFields = {
  name: NameSchema,
  color: ColorSchema.nullable(),
  description: longText.nullable(),
};
export const TopicDraftSchema = z.strictObject(topicFields).partial().required({ name: true });
export type TopicDraft = z.input<typeof TopicDraftSchema>;
export const TopicPatchSchema = z.strictObject(topicFields).partial();
export type TopicPatch = z.input<typeof TopicPatchSchema>;
export type ValidTopicDraft = z.output<typeof TopicDraftSchema>;
export type ValidTopicPatch = z.output<typeof TopicPatchSchema>;

export const TopicSchema = z.object({
  id: TopicIdSchema,
  name: z.string(),
  color: z.string().nullable(),
  description: z.string().nullable(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const CommunitySchema = z.object({
  id: CommunityIdSchema,
  name: z.string(),
  color: z.string().nullable(),
  origin: z.enum(COMMUNITY_ORIGINS),
  topicId: TopicIdSchema.nullable(),
});
export type Community = z.infer<typeof CommunitySchema>;

// --- Whole-map views -----------------------------------------------------------------------

export const GraphSnapshotSchema = z.object({
  actors: z.array(ActorSummarySchema),
  relations: z.array(RelationSchema),
  communities: z.array(CommunitySchema),
  topics: z.array(TopicSchema),
});
export type GraphSnapshot = z.infer<typeof GraphSnapshotSchema>;

export const MapSettingsSchema = z.object({
  name: z.string(),
  client: z.string().nullable(),
  tierThresholds: z.object({ micro: z.number(), macro: z.number(), mega: z.number() }),
  relationTypes: z.array(z.string()),
});
export type MapSettings = z.infer<typeof MapSettingsSchema>;

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
});
export type MapInfo = z.infer<typeof MapInfoSchema>;

export const RecentMapSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentMap = z.infer<typeof RecentMapSchema>;
