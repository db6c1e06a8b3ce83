import { z } from 'zod';
import { AppErrorDataSchema } from '../../api/errors';
import { LIMITS } from '../limits';
import { COLUMN_TARGETS } from '../../io/columnMapping';

/** What crosses the contract for imports (files in, a summary out) and for mentions. */

/** What the user said each column holds (header → canonical name; '' to leave out). */
const columnsSchema = z
  .record(z.string().max(LIMITS.shortText), z.enum(['', ...COLUMN_TARGETS]))
  .refine((r) => Object.keys(r).length <= 500, 'Too many columns');

/** Files read by the renderer, as base64 so that their bytes (and encoding) arrive intact. */
export const ImportFilesSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(LIMITS.name),
        base64: z.string().max(Math.ceil((LIMITS.importBytesOverApi * 4) / 3) + 4),
        columns: columnsSchema.optional(),
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
      /** `,` or `.` when the table holds decimal numbers. */
      decimalMark: z.string().nullable(),
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

/**
 * Big files cross the contract in pieces (import:upload), then are imported as a job that
 * reports its progress and can be cancelled (import:start, import:progress, import:cancel).
 */
export const UPLOAD_PIECE_BYTES = 4 * 1024 * 1024;
const uploadId = z.string().min(1).max(40);
export const ImportUploadSchema = z.strictObject({
  /** The upload to add to, or null to begin one. */
  upload: uploadId.nullable(),
  base64: z.string().max(Math.ceil((UPLOAD_PIECE_BYTES * 4) / 3) + 4),
});
export const ImportStartSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(LIMITS.name),
        upload: uploadId,
        columns: columnsSchema.optional(),
      }),
    )
    .min(1)
    .max(20),
  preview: z.boolean(),
});
export const ImportJobIdSchema = z.strictObject({ job: uploadId });
export const ImportDiscardSchema = z.strictObject({ uploads: z.array(uploadId).max(20) });
export const IMPORT_PHASES = [
  'reading',
  'actors',
  'relations',
  'mentions',
  'journeys',
  'finishing',
  'saving',
] as const;
export const ImportJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  preview: z.boolean(),
  phase: z.enum(IMPORT_PHASES),
  file: z.string().nullable(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  rows: z.number(),
  summary: ImportSummarySchema.nullable(),
  error: AppErrorDataSchema.nullable(),
});
export type ImportJobStatus = z.infer<typeof ImportJobStatusSchema>;

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
