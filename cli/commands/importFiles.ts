import { basename, resolve } from 'node:path';
import { openMap } from '../../db/file/openMap';
import { fileSource } from '../../db/io/fileSource';
import { importSources } from '../../db/io/importFiles';
import type { ImportProgress } from '../../db/io/importRun';
import { FORMATS } from '../../db/io/readImportFiles';
import { AppError } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/csv';
import { UsageError, type Output } from '../output';

/** A progress line at most every 200 ms: phase, file, rows, share of the bytes read. */
function reporter(progress: NonNullable<Output['progress']>) {
  let last = 0;
  return (p: ImportProgress) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const share = p.bytesTotal > 0 ? ` ${Math.floor((100 * p.bytesDone) / p.bytesTotal)} %` : '';
    progress.show(`${p.phase}${p.file ? ` ${p.file}` : ''}: ${p.rows} rows${share}`);
  };
}

/**
 * `influmap import <map> <file>... [--format csv|tsv|xlsx|gexf|graphml|gml|json] [--json]`
 * (DESIGN.md §5): actors and relations (node and edge lists, GEXF, GraphML, GML, JSON) and
 * journey tables (stages, placements, trails), all files in one transaction — one undoable
 * action in the app's history; the first error names the file, line and field, and nothing is
 * imported. The format comes from each file's extension, or `--format` for all of them.
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
    if (!(FORMATS as readonly string[]).includes(kind))
      throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: basename(file) });
  }
  // Files are read in pieces while they are written: a big edge list is never in memory whole.
  const sources = files.map((file) => {
    const path = resolve(file);
    // The name keeps the extension chosen by --format, which is how a file's kind is read.
    const name =
      format && !basename(file).toLowerCase().endsWith(`.${format}`)
        ? `${basename(file)}.${format}`
        : basename(file);
    const source = fileSource(path, name);
    // Refused before reading: a huge file must not exhaust memory.
    if (source.size > LIMITS.importBytes)
      throw importError(basename(file), 'too-large', { detail: `${source.size} bytes` });
    return source;
  });
  const map = openMap(resolve(mapPath));
  try {
    const summary = await importSources(map, sources, {
      preview: false,
      onProgress: output.progress ? reporter(output.progress) : undefined,
    });
    output.progress?.done();
    if (options.json) {
      output.out(JSON.stringify(summary));
      return;
    }
    for (const f of summary.files)
      output.out(
        f.kind === 'graph'
          ? `${f.name}: ${f.nodes} nodes, ${f.edges} edges`
          : `${f.name}: ${f.rows} ${f.kind} rows (${f.encoding}, separator ${f.delimiter}, ${f.lineEnding}${f.decimalMark === null ? '' : `, decimal ${f.decimalMark === ',' ? 'comma' : 'point'}`})`,
      );
    for (const kind of ['actors', 'relations', 'stages', 'placements', 'trails'] as const) {
      const c = summary[kind];
      if (c.created + c.updated + c.unchanged > 0)
        output.out(
          `  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
        );
    }
    if (summary.communities > 0) output.out(`  communities: ${summary.communities} created`);
    if (summary.positions > 0)
      output.out(`  positions: ${summary.positions} kept in the default view`);
    for (const note of summary.notes) output.out(`  note: ${note}`);
  } finally {
    map.close();
  }
}
