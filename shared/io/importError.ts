import { AppError, type ImportReason } from '../api/errors';

/** A refusal of an imported file, naming where and why (the caller imports nothing). */
export function importError(
  file: string,
  reason: ImportReason,
  where: {
    line?: number;
    column?: number;
    field?: string;
    detail?: string;
    columns?: string[];
  } = {},
): AppError {
  return new AppError({ code: 'IMPORT_INVALID', file, reason, ...where });
}
