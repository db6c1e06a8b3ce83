import {
  headerSignature,
  isColumnChoice,
  type ColumnChoice,
} from '../../../shared/io/columnMapping';
import type { AppErrorData } from '../../../shared/api/errors';

const PREFIX = 'influmap.columns.';

/** The file an error is about (an XLSX sheet's error names it `book.xlsx [Sheet]`). */
export function fileOfError<F extends { name: string }>(
  error: AppErrorData,
  files: readonly F[],
): F | null {
  const named = error.file ?? '';
  return files.find((f) => named === f.name || named.startsWith(`${f.name} [`)) ?? null;
}

/**
 * For a table Influmap did not recognise, the files with the mapping remembered for its headers
 * applied — or null when none is remembered, or it was applied already (then the user is asked).
 */
export function withRememberedColumns<F extends { name: string; columns?: Record<string, string> }>(
  error: AppErrorData,
  files: readonly F[],
  storage: Storage | undefined = globalThis.localStorage,
): F[] | null {
  if (error.reason !== 'unknown-table' || !error.columns) return null;
  const file = fileOfError(error, files);
  const remembered = rememberedColumns(error.columns, storage);
  if (!file || !remembered) return null;
  const columns = { ...file.columns, ...remembered };
  if (JSON.stringify(columns) === JSON.stringify(file.columns ?? {})) return null;
  return files.map((f) => (f === file ? { ...f, columns } : f));
}

/** The mapping remembered on this computer for files with these headers. */
export function rememberedColumns(
  headers: readonly string[],
  storage: Storage | undefined = globalThis.localStorage,
): Record<string, ColumnChoice> | null {
  const raw = storage?.getItem(PREFIX + headerSignature(headers));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    // Only the headers of this file, mapped to text: a stale or edited entry is ignored.
    const entries = Object.entries(value).filter(
      (entry): entry is [string, ColumnChoice] =>
        headers.includes(entry[0]) && isColumnChoice(entry[1]),
    );
    return entries.length > 0 ? Object.fromEntries(entries) : null;
  } catch {
    return null;
  }
}

export function rememberColumns(
  headers: readonly string[],
  columns: Readonly<Record<string, ColumnChoice>>,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  storage?.setItem(PREFIX + headerSignature(headers), JSON.stringify(columns));
}
