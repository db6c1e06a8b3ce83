import { z } from 'zod';
import { LIMITS } from '../limits';
import { COLUMN_TARGETS } from '../../io/columnMapping';

/** What crosses the contract for imports (files in, a summary out) and for mentions. */

/** Files read by the renderer, as base64 so that their bytes (and encoding) arrive intact. */
export const ImportFilesSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(LIMITS.name),
        base64: z.string().max(Math.ceil((LIMITS.importBytesOverApi * 4) / 3) + 4),
        /** What the user said each column holds (header → canonical name; '' to leave out). */
        columns: z
          .record(z.string().max(LIMITS.shortText), z.enum(['', ...COLUMN_TARGETS]))
          .refine((r) => Object.keys(r).length <= 500, 'Too many columns')
          .optional(),
      }),
    )
    .min(1)
    .max(20),
});
const counts = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const ImportSummarySchema = z.object({
  files: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['stages', 'placements', 'trails', 'nodes', 'edges', 'graph', 'mentions']),
      rows: z.number(),
      nodes: z.number(),
      edges: z.number(),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      lineEnding: z.string().nullable(),
    }),
  ),
  stages: counts,
  placements: counts,
  trails: counts,
  mentions: counts.extend({ unmatched: z.number(), topics: z.number() }),
  actors: counts,
  relations: counts,
  communities: z.number(),
  positions: z.number(),
  notes: z.array(z.string()),
});

/** Share of voice and sentiment by topic and ISO week (shared/analytics/shareOfVoice.ts). */
export const MentionSummarySchema = z.object({
  topics: z.array(
    z.object({
      topicId: z.number().nullable(),
      mentions: z.number(),
      own: z.number(),
      competitor: z.number(),
      other: z.number(),
      share: z.number(),
      sentiment: z.number().nullable(),
      timeline: z.array(
        z.object({ week: z.string(), mentions: z.number(), sentiment: z.number().nullable() }),
      ),
    }),
  ),
  unmatched: z.number(),
});
