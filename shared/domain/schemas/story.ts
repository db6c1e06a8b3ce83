import { z } from 'zod';
import { ActorIdSchema, NameSchema, rowId } from './fields';
import { ViewIdSchema } from './view';

/**
 * Stories for presentation mode: an ordered list of slides, each showing a saved view (with
 * actors to highlight), a journey, or the risk hotspots, with a title and a short caption.
 * Stories live in the map file and every change to them is undoable.
 */

export const StoryIdSchema = rowId.brand<'StoryId'>();
export type StoryId = z.infer<typeof StoryIdSchema>;
export const SlideIdSchema = rowId.brand<'SlideId'>();
export type SlideId = z.infer<typeof SlideIdSchema>;

export const SLIDE_KINDS = ['view', 'journey', 'risks'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A caption is a line or two under the picture, not a text. */
export const CAPTION_MAX = 500;
/** Actors highlighted on one slide: a handful, to point at. */
export const HIGHLIGHT_MAX = 200;

export const SlideSchema = z.object({
  id: SlideIdSchema,
  storyId: StoryIdSchema,
  position: z.number().int(),
  kind: z.enum(SLIDE_KINDS),
  viewId: ViewIdSchema.nullable(),
  journeyId: rowId.nullable(),
  title: z.string(),
  caption: z.string().nullable(),
  actorIds: z.array(ActorIdSchema),
});
export type Slide = z.infer<typeof SlideSchema>;

export const StorySchema = z.object({
  id: StoryIdSchema,
  name: z.string(),
  slides: z.array(SlideSchema),
});
export type Story = z.infer<typeof StorySchema>;

export const StoryDraftSchema = z.strictObject({ name: NameSchema });
export const StoryPatchSchema = z.strictObject({ name: NameSchema });

const caption = z.string().trim().max(CAPTION_MAX).nullable();
const highlights = z.array(ActorIdSchema).max(HIGHLIGHT_MAX);

export const SlideDraftSchema = z
  .strictObject({
    storyId: StoryIdSchema,
    kind: z.enum(SLIDE_KINDS),
    viewId: ViewIdSchema.optional(),
    journeyId: rowId.optional(),
    title: NameSchema,
    caption: caption.optional(),
    actorIds: highlights.optional(),
  })
  .refine((s) => (s.kind === 'view') === (s.viewId !== undefined), {
    message: 'A view slide names its view, and only a view slide does',
    path: ['viewId'],
  })
  .refine((s) => (s.kind === 'journey') === (s.journeyId !== undefined), {
    message: 'A journey slide names its journey, and only a journey slide does',
    path: ['journeyId'],
  });
export type SlideDraft = z.output<typeof SlideDraftSchema>;

export const SlidePatchSchema = z
  .strictObject({ title: NameSchema, caption, actorIds: highlights })
  .partial();
export type SlidePatch = z.output<typeof SlidePatchSchema>;
