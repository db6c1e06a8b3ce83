import { z } from 'zod';
import {
  AccountIdSchema,
  ActorIdSchema,
  ActorKeySchema,
  ActorKindSchema,
  CommunityIdSchema,
  CountSchema,
  IsoDateSchema,
  LongTextSchema,
  NameSchema,
  ShareSchema,
  ShortTextSchema,
  StanceSchema,
  TagsSchema,
  TopicIdSchema,
} from './fields';

/** Editable fields of an actor; every one optional so that a patch can name only what changes. */
const actorFields = {
  key: ActorKeySchema,
  name: NameSchema,
  kind: ActorKindSchema,
  role: ShortTextSchema.nullable(),
  organisation: ShortTextSchema.nullable(),
  stance: StanceSchema,
  offlineStance: StanceSchema.nullable(),
  country: ShortTextSchema.nullable(),
  language: ShortTextSchema.nullable(),
  /** Audience when no platform account gives it (desk research, imports). */
  reach: CountSchema.nullable(),
  /** Engagement rate (0..1) when no platform account gives it. */
  resonance: ShareSchema.nullable(),
  tags: TagsSchema,
  notes: LongTextSchema.nullable(),
  /** Where this came from (GDPR: every person's data has a source). */
  source: ShortTextSchema.nullable(),
  /** When this person's data must be reviewed or erased. */
  retentionUntil: IsoDateSchema.nullable(),
  owner: ShortTextSchema.nullable(),
  team: ShortTextSchema.nullable(),
  /** Compliance: how paid collaborations are disclosed, conflicts of interest, track record. */
  paidDisclosure: ShortTextSchema.nullable(),
  conflictsOfInterest: LongTextSchema.nullable(),
  trackRecord: LongTextSchema.nullable(),
};

export const ActorDraftSchema = z.strictObject(actorFields).partial().required({ name: true });
export type ActorDraft = z.input<typeof ActorDraftSchema>;
export type ValidActorDraft = z.output<typeof ActorDraftSchema>;

export const ActorPatchSchema = z.strictObject(actorFields).partial();
export type ActorPatch = z.input<typeof ActorPatchSchema>;
/** A patch after validation (strings trimmed), as the service receives it. */
export type ValidActorPatch = z.output<typeof ActorPatchSchema>;

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

export const AccountSchema = z.object({
  id: AccountIdSchema,
  actorId: ActorIdSchema,
  platform: z.string(),
  handle: z.string(),
  url: z.string().nullable(),
  followers: z.number().nullable(),
  engagementRate: z.number().nullable(),
});
export type Account = z.infer<typeof AccountSchema>;

export const RelevanceSchema = z.object({ topicId: TopicIdSchema, relevance: z.number() });
export type Relevance = z.infer<typeof RelevanceSchema>;

/** Everything the inspector shows of one actor. */
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
  paidDisclosure: z.string().nullable(),
  conflictsOfInterest: z.string().nullable(),
  trackRecord: z.string().nullable(),
  accounts: z.array(AccountSchema),
  relevance: z.array(RelevanceSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** One row of the actors table: the summary plus the columns a consultant sorts and filters by. */
export const ActorTableRowSchema = ActorSummarySchema.extend({
  organisation: z.string().nullable(),
  country: z.string().nullable(),
  owner: z.string().nullable(),
  lastInteraction: z.string().nullable(),
  relevance: z.array(RelevanceSchema),
  platforms: z.array(z.string()),
});
export type ActorTableRow = z.infer<typeof ActorTableRowSchema>;

const accountFields = {
  platform: z.string().trim().min(1).max(60),
  handle: z.string().trim().min(1).max(200),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .nullable(),
  followers: CountSchema.nullable(),
  engagementRate: ShareSchema.nullable(),
};
export const AccountDraftSchema = z
  .strictObject({ actorId: ActorIdSchema, ...accountFields })
  .partial()
  .required({ actorId: true, platform: true, handle: true });
export type AccountDraft = z.input<typeof AccountDraftSchema>;
export type ValidAccountDraft = z.output<typeof AccountDraftSchema>;
export const AccountPatchSchema = z.strictObject(accountFields).partial();
export type AccountPatch = z.input<typeof AccountPatchSchema>;
export type ValidAccountPatch = z.output<typeof AccountPatchSchema>;
