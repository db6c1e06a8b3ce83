import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openMap } from '../../db/file/openMap';
import { importTables } from '../../db/io/importTables';
import { AppError } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/csv';
import { UsageError, type Output } from '../output';

const AVAILABLE = new Set(['csv', 'tsv', 'txt', 'xlsx']);

/**
 * `influmap import <map> <file>... [--format csv|xlsx] [--json]` (DESIGN.md §5): journey
 * tables (stages, placements, trails) from CSV or XLSX sheets, recognised by their headers, all files in one
 * transaction (one undoable action in the app's history); the first error names the file, line
 * and field, and nothing is imported. Other formats come with the interoperability work.
 */
export async function importCommand(
  mapPath: string,
  files: readonly string[],
  options: { format?: string; json?: boolean },
  output: Output,
): Promise<void> {
  if (files.length === 0)
    throw new UsageError('import: which files? (influmap import <map> <file>...)');
  const format = options.format?.toLowerCase();
  for (const file of files) {
    const kind = format ?? file.toLowerCase().split('.').pop() ?? '';
    if (!AVAILABLE.has(kind))
      throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: basename(file) });
  }
  const read = files.map((file) => {
    const path = resolve(file);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new AppError({ code: 'FILE_NOT_FOUND', file: path });
    }
    // Refused before reading: a huge file must not exhaust memory.
    if (size > LIMITS.importBytes)
      throw importError(basename(file), 'too-large', { detail: `${size} bytes` });
    // The name keeps the extension chosen by --format, which is how a file's kind is read.
    const name =
      format && !basename(file).toLowerCase().endsWith(`.${format}`)
        ? `${basename(file)}.${format}`
        : basename(file);
    return { name, bytes: new Uint8Array(readFileSync(path)) };
  });
  const map = openMap(resolve(mapPath));
  try {
    const summary = await importTables(map, read, { preview: false });
    if (options.json) {
      output.out(JSON.stringify(summary));
      return;
    }
    for (const f of summary.files)
      output.out(
        `${f.name}: ${f.rows} ${f.kind} rows (${f.encoding}, separator ${f.delimiter}, ${f.lineEnding})`,
      );
    for (const kind of ['stages', 'placements', 'trails'] as const) {
      const c = summary[kind];
      if (c.created + c.updated + c.unchanged > 0)
        output.out(
          `  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
        );
    }
  } finally {
    map.close();
  }
}
