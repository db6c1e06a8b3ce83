import {
  headerSignature,
  isColumnChoice,
  type ColumnChoice,
} from '../../../shared/io/columnMapping';
import { decodeText, parseCsv } from '../../../shared/io/csv';

const PREFIX = 'influmap.columns.';

/** The headers of a CSV file (its first line), or null when it is not a readable CSV. */
export function csvHeaders(name: string, bytes: Uint8Array): string[] | null {
  if (!/\.(csv|tsv|txt)$/i.test(name)) return null;
  try {
    const { text, encoding } = decodeText(bytes.subarray(0, 65_536), name);
    const firstLines = text
      .split(/\r?\n/)
      .slice(0, /^sep=/i.test(text) ? 2 : 1)
      .join('\n');
    return parseCsv(`${firstLines}\n`, name, encoding).headers;
  } catch {
    return null;
  }
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
