import { z } from 'zod';
import {
  ActorIdSchema,
  IsoDateSchema,
  LongTextSchema,
  RelationIdSchema,
  TagSchema,
} from './fields';

const relationFields = {
  sourceId: ActorIdSchema,
  targetId: ActorIdSchema,
  type: TagSchema,
  directed: z.boolean(),
  /** Strength of the tie; strictly positive so that path finding can treat it as a strength. */
  weight: z.number().positive().max(1_000_000),
  evidence: LongTextSchema.nullable(),
  observedOn: IsoDateSchema.nullable(),
};

export const RelationDraftSchema = z
  .strictObject(relationFields)
  .partial()
  .required({ sourceId: true, targetId: true, type: true });
export type RelationDraft = z.input<typeof RelationDraftSchema>;
export type ValidRelationDraft = z.output<typeof RelationDraftSchema>;

export const RelationPatchSchema = z
  .strictObject(relationFields)
  .omit({ sourceId: true, targetId: true })
  .partial();
export type RelationPatch = z.input<typeof RelationPatchSchema>;
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
