import { z } from 'zod';
import {
  ActorIdSchema,
  CampaignIdSchema,
  CurrencySchema,
  InteractionIdSchema,
  IsoDateSchema,
  LongTextSchema,
  MoneySchema,
  NameSchema,
  ShortTextSchema,
} from './fields';

/** The relationship history: interactions with actors, and the campaigns that pay for some. */

export const INTERACTION_TYPES = [
  'meeting',
  'briefing',
  'event',
  'gift',
  'paid_collaboration',
  'interview',
  'call',
  'email',
  'other',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

const interactionFields = {
  actorId: ActorIdSchema,
  campaignId: CampaignIdSchema.nullable(),
  occurredOn: IsoDateSchema,
  type: z.enum(INTERACTION_TYPES),
  owner: ShortTextSchema.nullable(),
  cost: MoneySchema.nullable(),
  currency: CurrencySchema.nullable(),
  outcome: ShortTextSchema.nullable(),
  notes: LongTextSchema.nullable(),
};
export const InteractionDraftSchema = z
  .strictObject(interactionFields)
  .partial()
  .required({ actorId: true, occurredOn: true, type: true });
export type InteractionDraft = z.input<typeof InteractionDraftSchema>;
export type ValidInteractionDraft = z.output<typeof InteractionDraftSchema>;
export const InteractionPatchSchema = z
  .strictObject(interactionFields)
  .omit({ actorId: true })
  .partial();
export type ValidInteractionPatch = z.output<typeof InteractionPatchSchema>;

export const InteractionSchema = z.object({
  id: InteractionIdSchema,
  actorId: ActorIdSchema,
  campaignId: CampaignIdSchema.nullable(),
  occurredOn: z.string(),
  type: z.enum(INTERACTION_TYPES),
  owner: z.string().nullable(),
  cost: z.number().nullable(),
  currency: z.string().nullable(),
  outcome: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

const campaignFields = {
  name: NameSchema,
  startsOn: IsoDateSchema.nullable(),
  endsOn: IsoDateSchema.nullable(),
  budget: MoneySchema.nullable(),
  currency: CurrencySchema.nullable(),
  notes: LongTextSchema.nullable(),
};
const datesInOrder = (c: { startsOn?: string | null; endsOn?: string | null }) =>
  !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn;
export const CampaignDraftSchema = z
  .strictObject(campaignFields)
  .partial()
  .required({ name: true })
  .refine(datesInOrder, { message: 'The campaign ends before it starts', path: ['endsOn'] });
export type CampaignDraft = z.input<typeof CampaignDraftSchema>;
export type ValidCampaignDraft = z.output<typeof CampaignDraftSchema>;
export const CampaignPatchSchema = z
  .strictObject(campaignFields)
  .partial()
  .refine(datesInOrder, { message: 'The campaign ends before it starts', path: ['endsOn'] });
export type ValidCampaignPatch = z.output<typeof CampaignPatchSchema>;

export const CampaignSchema = z.object({
  id: CampaignIdSchema,
  name: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budget: z.number().nullable(),
  currency: z.string().nullable(),
  notes: z.string().nullable(),
  /** Sum of the costs of its interactions, in the campaign's currency. */
  spent: z.number(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

/** Purchasing: what each collaboration with an actor cost, across campaigns, and how it moved. */
export const PurchasingRowSchema = z.object({
  actorId: ActorIdSchema,
  actorName: z.string(),
  collaborations: z.array(
    z.object({
      interactionId: InteractionIdSchema,
      occurredOn: z.string(),
      campaignName: z.string().nullable(),
      type: z.enum(INTERACTION_TYPES),
      cost: z.number(),
      currency: z.string().nullable(),
      /** Change against the previous collaboration in the same currency, as a ratio (0.2 = +20 %). */
      variation: z.number().nullable(),
    }),
  ),
  total: z.number(),
});
export type PurchasingRow = z.infer<typeof PurchasingRowSchema>;
