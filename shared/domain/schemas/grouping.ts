import { z } from 'zod';
import { COMMUNITY_ORIGINS } from '../vocabulary';
import { LIMITS } from '../limits';
import {
  ActorIdSchema,
  ColorSchema,
  CommunityIdSchema,
  LongTextSchema,
  NameSchema,
  rowId,
  TopicIdSchema,
} from './fields';

/** Topics (what the organisation wants to be a reference on) and communities (who talks together). */

const topicFields = {
  name: NameSchema,
  color: ColorSchema.nullable(),
  description: LongTextSchema.nullable(),
};
export const TopicDraftSchema = z.strictObject(topicFields).partial().required({ name: true });
export type TopicDraft = z.input<typeof TopicDraftSchema>;
export type ValidTopicDraft = z.output<typeof TopicDraftSchema>;
export const TopicPatchSchema = z.strictObject(topicFields).partial();
export type TopicPatch = z.input<typeof TopicPatchSchema>;
export type ValidTopicPatch = z.output<typeof TopicPatchSchema>;

export const TopicSchema = z.object({
  id: TopicIdSchema,
  name: z.string(),
  color: z.string().nullable(),
  description: z.string().nullable(),
});
export type Topic = z.infer<typeof TopicSchema>;

const communityFields = {
  name: NameSchema,
  color: ColorSchema.nullable(),
  topicId: TopicIdSchema.nullable(),
  notes: LongTextSchema.nullable(),
};
export const CommunityDraftSchema = z
  .strictObject(communityFields)
  .partial()
  .required({ name: true });
export type CommunityDraft = z.input<typeof CommunityDraftSchema>;
export type ValidCommunityDraft = z.output<typeof CommunityDraftSchema>;
export const CommunityPatchSchema = z.strictObject(communityFields).partial();
export type CommunityPatch = z.input<typeof CommunityPatchSchema>;
export type ValidCommunityPatch = z.output<typeof CommunityPatchSchema>;

export const CommunitySchema = z.object({
  id: CommunityIdSchema,
  name: z.string(),
  color: z.string().nullable(),
  origin: z.enum(COMMUNITY_ORIGINS),
  topicId: TopicIdSchema.nullable(),
  memberCount: z.number().int(),
});
export type Community = z.infer<typeof CommunitySchema>;

/** A community detection result to keep as a proposal (the user accepts or discards it). */
export const DetectionSaveSchema = z
  .strictObject({
    algorithm: z.literal('louvain'),
    parameters: z.strictObject({
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31),
      resolution: z.number().positive().max(10),
    }),
    modularity: z.number().min(-1).max(1),
    groups: z
      .array(
        z.strictObject({
          name: NameSchema,
          actorIds: z.array(ActorIdSchema).min(1).max(LIMITS.actorsPerMap),
        }),
      )
      .min(1)
      .max(LIMITS.actorsPerMap),
  })
  .refine(
    (d) => {
      const seen = new Set<number>();
      for (const g of d.groups)
        for (const id of g.actorIds) {
          if (seen.has(id)) return false;
          seen.add(id);
        }
      return true;
    },
    { message: 'An actor is in one detected community only', path: ['groups'] },
  );
export type DetectionSave = z.input<typeof DetectionSaveSchema>;

export const DetectionRunSchema = z.object({
  id: rowId,
  algorithm: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  modularity: z.number().nullable(),
  status: z.enum(['proposed', 'accepted', 'discarded']),
  createdAt: z.string(),
  communities: z.number().int(),
});
export type DetectionRunInfo = z.infer<typeof DetectionRunSchema>;
