import { z } from 'zod';
import type { Changes } from '../domain/mapTables';
import type { HistoryState } from '../domain/schemas/map';

/**
 * Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown values: Electron keeps
 * only an Error's message, and a stack trace is no message for a user. Each code has a sentence
 * in every UI language (shared/i18n/errorMessages.ts); the fields say which file, line and field.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'NO_MAP_OPEN',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'NOT_A_MAP',
  'EMPTY_FILE',
  'CORRUPT_MAP',
  'NEWER_VERSION',
  'MAP_LOCKED',
  'READ_ONLY',
  'DISK_FULL',
  'MIGRATION_FAILED',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'CONFLICT',
  'DROP_NEEDS_DESKTOP',
  'IMPORT_NOT_AVAILABLE',
  'IMPORT_INVALID',
  'IMPORT_RUNNING',
  'SCHEMA_ALTERED',
  'FOREIGN_JOURNAL',
  'PATH_NOT_ALLOWED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a file cannot be imported: each has its sentence in both languages (errorMessages.ts). */
export const IMPORT_REASONS = [
  'binary',
  'too-large',
  'empty',
  'encoding',
  'unbalanced-quote',
  'stray-line-feed',
  'column-count',
  'too-long',
  'unknown-table',
  'missing-column',
  'required',
  'not-a-number',
  'out-of-range',
  'not-a-boolean',
  'unknown-actor',
  'unknown-journey',
  'unknown-stage',
  'unknown-touchpoint',
  'duplicate',
  'too-many-rows',
  'doctype',
  'malformed-xml',
  'too-deep',
  'not-a-graph',
  'unknown-node',
  'malformed-json',
  'too-many-attributes',
  'too-many-columns',
  'header-too-long',
  'too-many-actors',
  'too-many-relations',
  'invalid-utf8',
  'invalid-character',
  'unsafe-integer',
  'not-finite',
  'zip-bomb',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const AppErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  field: z.string().optional(),
  reason: z.enum(IMPORT_REASONS).optional(),
  /** Technical detail for the curious (a SQLite message, a version number); never a stack. */
  detail: z.string().optional(),
  issues: z.array(FieldIssueSchema).optional(),
  /** The headers of a table Influmap did not recognise, for the column-mapping step. */
  columns: z.array(z.string()).max(500).optional(),
});
export type AppErrorData = z.infer<typeof AppErrorDataSchema>;

/** A failure the user can act on. Thrown inside a process, turned into data at its edge. */
export class AppError extends Error {
  readonly data: AppErrorData;

  constructor(data: AppErrorData) {
    super(
      `${data.code}${data.file ? ` ${data.file}` : ''}${data.detail ? `: ${data.detail}` : ''}`,
    );
    this.name = 'AppError';
    this.data = data;
  }
}

/**
 * A call's answer. A call that changed the map says what it changed (`changed`: the tables its
 * journal entry touched, or `map` for another map) and the undo history after it (`history`),
 * so that the window reads again only what changed: see shared/api/dataFlow.ts.
 */
export type ApiResult<T> =
  | { ok: true; value: T; changed?: Changes; history?: HistoryState }
  | { ok: false; error: AppErrorData };

/** Turns zod issues into field paths a form or a message can name (`actor.name`, `tags.3`). */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Any thrown value as error data; unknown failures become INTERNAL with no stack attached. */
export function toAppErrorData(err: unknown): AppErrorData {
  if (err instanceof AppError) return err.data;
  if (err instanceof z.ZodError) return { code: 'INVALID_INPUT', issues: issuesFromZod(err) };
  return { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) };
}
