import { z } from 'zod';
import { ACTOR_KINDS, TIERS } from '../vocabulary';
import {
  ActorIdSchema,
  CommunityIdSchema,
  NameSchema,
  rowId,
  ShareSchema,
  StanceSchema,
  TagSchema,
  TopicIdSchema,
} from './fields';

/** Saved views of the map: a named layout, filters, encoding and the positions the user set. */

export const ViewIdSchema = rowId.brand<'ViewId'>();
export type ViewId = z.infer<typeof ViewIdSchema>;

export const VIEW_LAYOUTS = [
  'force',
  'concentric',
  'communities',
  'power-interest',
  'lanes',
] as const;
export type ViewLayout = (typeof VIEW_LAYOUTS)[number];

export const SIZE_ENCODINGS = ['reach', 'degree', 'uniform'] as const;
export type SizeEncoding = (typeof SIZE_ENCODINGS)[number];

/** Which actors a view shows; an absent field does not filter. */
export const ViewFiltersSchema = z.strictObject({
  stances: z.array(StanceSchema).max(5).optional(),
  tiers: z.array(z.enum(TIERS)).max(4).optional(),
  kinds: z.array(z.enum(ACTOR_KINDS)).max(20).optional(),
  role: z.string().max(200).optional(),
  topicId: TopicIdSchema.optional(),
  /** With `topicId`: only actors at least this relevant to the topic. */
  minRelevance: ShareSchema.optional(),
  communityIds: z.array(CommunityIdSchema).max(1_000).optional(),
  tags: z.array(TagSchema).max(100).optional(),
  platforms: z.array(z.string().max(60)).max(50).optional(),
});
export type ViewFilters = z.infer<typeof ViewFiltersSchema>;

export const ViewEncodingSchema = z.strictObject({
  size: z.enum(SIZE_ENCODINGS).optional(),
  labels: z.enum(['auto', 'all', 'none']).optional(),
  /** Communities outlined as hulls under their members (shown unless false). */
  hulls: z.boolean().optional(),
});
export type ViewEncoding = z.infer<typeof ViewEncodingSchema>;

export const SavedViewSchema = z.object({
  id: ViewIdSchema,
  name: z.string(),
  layout: z.enum(VIEW_LAYOUTS),
  filters: ViewFiltersSchema,
  encoding: ViewEncodingSchema,
  isDefault: z.boolean(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const PositionSchema = z.object({
  actorId: ActorIdSchema,
  x: z.number().finite(),
  y: z.number().finite(),
});
export type Position = z.infer<typeof PositionSchema>;

export const SavedViewWithPositionsSchema = SavedViewSchema.extend({
  positions: z.array(PositionSchema),
});
export type SavedViewWithPositions = z.infer<typeof SavedViewWithPositionsSchema>;

const viewFields = {
  name: NameSchema,
  layout: z.enum(VIEW_LAYOUTS),
  filters: ViewFiltersSchema,
  encoding: ViewEncodingSchema,
  isDefault: z.boolean(),
};
export const ViewDraftSchema = z.strictObject(viewFields).partial().required({ name: true });
export type ValidViewDraft = z.output<typeof ViewDraftSchema>;
export const ViewPatchSchema = z.strictObject(viewFields).partial();
export type ValidViewPatch = z.output<typeof ViewPatchSchema>;

/** A journey's stages in order, with who is legitimate at each: what the lanes layout needs. */
export const JourneyLanesSchema = z.object({
  journeys: z.array(
    z.object({
      id: rowId,
      name: z.string(),
      stages: z.array(
        z.object({
          id: rowId,
          name: z.string(),
          isMomentOfTruth: z.boolean(),
          placements: z.array(z.object({ actorId: ActorIdSchema, legitimacy: z.number() })),
        }),
      ),
    }),
  ),
});
export type JourneyLanes = z.infer<typeof JourneyLanesSchema>;
