import { z } from 'zod';
import { LIMITS } from '../limits';
import { ACTOR_KINDS, LOCALES } from '../vocabulary';

/**
 * Identifiers and field types shared by every entity schema. The schemas are one source for the
 * TypeScript types and for the runtime checks at every boundary (API, forms, importers). Inputs
 * are strict: an unknown key is an error, never silently dropped.
 */

export const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const ActorIdSchema = rowId.brand<'ActorId'>();
export const RelationIdSchema = rowId.brand<'RelationId'>();
export const TopicIdSchema = rowId.brand<'TopicId'>();
export const CommunityIdSchema = rowId.brand<'CommunityId'>();
export const AccountIdSchema = rowId.brand<'AccountId'>();
export const InteractionIdSchema = rowId.brand<'InteractionId'>();
export const CampaignIdSchema = rowId.brand<'CampaignId'>();
export type ActorId = z.infer<typeof ActorIdSchema>;
export type RelationId = z.infer<typeof RelationIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;
export type CommunityId = z.infer<typeof CommunityIdSchema>;
export type AccountId = z.infer<typeof AccountIdSchema>;
export type InteractionId = z.infer<typeof InteractionIdSchema>;
export type CampaignId = z.infer<typeof CampaignIdSchema>;

export const NameSchema = z.string().trim().min(1).max(LIMITS.name);
export const ShortTextSchema = z.string().trim().max(LIMITS.shortText);
export const LongTextSchema = z.string().max(LIMITS.notes);
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
/** A share between 0 and 1: relevance, legitimacy, engagement rate. */
export const ShareSchema = z.number().min(0).max(1);
export const CountSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const MoneySchema = z.number().min(0).max(1e12);
/** ISO 4217 code, e.g. EUR. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);
/** Many ids at once (bulk actions, memberships). */
export const idList = <T extends z.ZodType>(id: T) => z.array(id).min(1).max(LIMITS.listPage);
