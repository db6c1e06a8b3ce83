import { z } from 'zod';
import {
  IsoDateSchema,
  LocaleSchema,
  NameSchema,
  rowId,
  ShortTextSchema,
  TopicIdSchema,
} from './fields';
import { StoryIdSchema } from './story';
import { ViewIdSchema } from './view';

/**
 * The client report (PDF): which sections, in this order, and what they are about. The cover is
 * always there; the others can be left out, and are left out when the map has nothing for them
 * (no journey, no mentions, no community, no story).
 */
export const REPORT_SECTIONS = [
  'summary',
  'maps',
  'journeys',
  'risks',
  'rankings',
  'voice',
  'stories',
  'appendix',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** What the cover says; absent fields come from the map settings (and today's date). */
export const ReportCoverSchema = z.strictObject({
  title: NameSchema.optional(),
  client: ShortTextSchema.nullable().optional(),
  subject: ShortTextSchema.nullable().optional(),
  author: ShortTextSchema.nullable().optional(),
  date: IsoDateSchema.optional(),
});
export type ReportCover = z.infer<typeof ReportCoverSchema>;

/** Lists left out mean "all" (views: every saved view; topics: every topic, up to a dozen). */
export const ReportOptionsSchema = z.strictObject({
  locale: LocaleSchema,
  sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).optional(),
  topicIds: z.array(TopicIdSchema).min(1).max(50).optional(),
  journeyIds: z.array(rowId).min(1).max(50).optional(),
  viewIds: z.array(ViewIdSchema).min(1).max(50).optional(),
  storyIds: z.array(StoryIdSchema).min(1).max(50).optional(),
  pageSize: z.enum(PAGE_SIZES).optional(),
  cover: ReportCoverSchema.optional(),
});
export type ReportOptions = z.output<typeof ReportOptionsSchema>;

export const ReportOutlineSchema = z.object({
  sections: z.array(
    z.object({
      id: z.enum(['cover', ...REPORT_SECTIONS]),
      title: z.string(),
      /** Whether the map has something for it; when not, `note` says why (in the UI language). */
      available: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
  cover: z.object({
    title: z.string(),
    client: z.string().nullable(),
    subject: z.string().nullable(),
    author: z.string().nullable(),
    date: z.string(),
  }),
});
export type ReportOutline = z.infer<typeof ReportOutlineSchema>;

export const REPORT_PHASES = ['reading', 'drawing', 'writing'] as const;
export const ReportJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(REPORT_PHASES),
  /** 0..1. */
  share: z.number(),
  pages: z.number().int(),
  error: z.string().nullable(),
});
export type ReportJobStatus = z.infer<typeof ReportJobStatusSchema>;
