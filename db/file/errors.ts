import { AppError, type ErrorCode } from '../../shared/api/errors';
import { sqliteCode } from '../sqlite';

const SQLITE_TO_APP: ReadonlyArray<[RegExp, ErrorCode]> = [
  [/^SQLITE_FULL/, 'DISK_FULL'],
  [/^SQLITE_READONLY/, 'READ_ONLY'],
  [/^SQLITE_(BUSY|LOCKED)/, 'MAP_LOCKED'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'CORRUPT_MAP'],
  [/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/, 'CONFLICT'],
  [/^SQLITE_CONSTRAINT_FOREIGNKEY/, 'NOT_FOUND'],
  [/^SQLITE_CONSTRAINT/, 'INVALID_INPUT'],
  [/^SQLITE_CANTOPEN/, 'READ_ONLY'],
];

const NODE_TO_APP: Readonly<Record<string, ErrorCode>> = {
  ENOENT: 'FILE_NOT_FOUND',
  EACCES: 'READ_ONLY',
  EPERM: 'READ_ONLY',
  EROFS: 'READ_ONLY',
  ENOSPC: 'DISK_FULL',
  EEXIST: 'FILE_EXISTS',
};

/**
 * Turns a SQLite or file-system failure about `file` into an AppError the user can read.
 * Anything unrecognised is passed through unchanged, to be reported as INTERNAL at the edge.
 */
export function fileError(err: unknown, file: string): unknown {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (code) {
    const match = SQLITE_TO_APP.find(([pattern]) => pattern.test(code));
    if (match) return new AppError({ code: match[1], file, detail: code });
    return err;
  }
  const nodeCode = (err as NodeJS.ErrnoException | null)?.code;
  if (nodeCode && NODE_TO_APP[nodeCode])
    return new AppError({ code: NODE_TO_APP[nodeCode], file, detail: nodeCode });
  return err;
}
