import { z } from 'zod';
import { JOURNEY_TEMPLATES } from '../../journey/templates';
import {
  ActorIdSchema,
  CommunityIdSchema,
  LocaleSchema,
  LongTextSchema,
  NameSchema,
  rowId,
  ShortTextSchema,
  TopicIdSchema,
} from './fields';

/** Journeys (one per persona), their stages in loop order, touchpoints and placements. */

export const LegitimacySchema = z.number().min(0).max(1);

export const PlacementSchema = z.object({
  id: rowId,
  stageId: rowId,
  touchpointId: rowId.nullable(),
  actorId: ActorIdSchema.nullable(),
  communityId: CommunityIdSchema.nullable(),
  legitimacy: LegitimacySchema,
  note: z.string().nullable(),
});
export type Placement = z.infer<typeof PlacementSchema>;

export const TouchpointSchema = z.object({
  id: rowId,
  stageId: rowId,
  name: z.string(),
  channel: z.string().nullable(),
  format: z.string().nullable(),
  isMomentOfTruth: z.boolean(),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;

export const StageSchema = z.object({
  id: rowId,
  name: z.string(),
  position: z.number().int(),
  isMomentOfTruth: z.boolean(),
  touchpoints: z.array(TouchpointSchema),
  placements: z.array(PlacementSchema),
});
export type Stage = z.infer<typeof StageSchema>;

export const JourneySchema = z.object({
  id: rowId,
  name: z.string(),
  persona: z.string().nullable(),
  description: z.string().nullable(),
  topicId: TopicIdSchema.nullable(),
  stages: z.array(StageSchema),
});
export type Journey = z.infer<typeof JourneySchema>;

export const JourneyDraftSchema = z.strictObject({
  name: NameSchema,
  persona: LongTextSchema.nullable().optional(),
  topicId: TopicIdSchema.nullable().optional(),
  template: z.enum(JOURNEY_TEMPLATES),
  /** The language of the template's stage names. */
  locale: LocaleSchema,
});
export const JourneyPatchSchema = z
  .strictObject({
    name: NameSchema,
    persona: LongTextSchema.nullable(),
    description: LongTextSchema.nullable(),
    topicId: TopicIdSchema.nullable(),
  })
  .partial();

export const StageDraftSchema = z.strictObject({
  journeyId: rowId,
  name: NameSchema,
  isMomentOfTruth: z.boolean().optional(),
});
export const StagePatchSchema = z
  .strictObject({ name: NameSchema, isMomentOfTruth: z.boolean() })
  .partial();

export const TouchpointDraftSchema = z.strictObject({
  stageId: rowId,
  name: NameSchema,
  channel: ShortTextSchema.nullable().optional(),
  format: ShortTextSchema.nullable().optional(),
  isMomentOfTruth: z.boolean().optional(),
});

/** Place an actor or a community (exactly one) at a stage, or at one of its touchpoints. */
export const PlacementDraftSchema = z
  .strictObject({
    stageId: rowId,
    touchpointId: rowId.nullable().optional(),
    actorId: ActorIdSchema.optional(),
    communityId: CommunityIdSchema.optional(),
    legitimacy: LegitimacySchema,
    note: LongTextSchema.nullable().optional(),
  })
  .refine((p) => (p.actorId === undefined) !== (p.communityId === undefined), {
    message: 'Place an actor or a community, not both',
    path: ['actorId'],
  });
export type PlacementDraft = z.output<typeof PlacementDraftSchema>;

export const PlacementPatchSchema = z
  .strictObject({ legitimacy: LegitimacySchema, note: LongTextSchema.nullable() })
  .partial();

/** Observed trails, as columns (one entry per step), for path presence. */
export const TrailStepsSchema = z.object({
  trails: z.number().int(),
  trail: z.array(z.number().int()),
  actor: z.array(z.number().int()),
});
