import { z } from 'zod';
import { COMMUNITY_ORIGINS } from '../vocabulary';
import {
  ColorSchema,
  CommunityIdSchema,
  LongTextSchema,
  NameSchema,
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
