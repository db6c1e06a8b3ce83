import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../../shared/domain/vocabulary';
import { sceneSvg } from '../../shared/figures/sceneSvg';
import { PNG_SCALES, pngScale, type PngScale } from '../../shared/figures/printSize';
import { openMap } from '../../db/file/openMap';
import { writeFileAtomically } from '../../db/io/atomicWrite';
import { exportData, type DataFormat } from '../../db/io/exportData';
import { mapPicture } from '../../db/io/mapDrawing';
import { createRepositories } from '../../db/repositories';
import { UsageError, type Output } from '../output';
import { reportCommand } from './report';

export const PICTURE_FORMATS = ['svg', 'png'] as const;
export const TABLE_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'xlsx'] as const;
/** `export --format pdf` is the report (cli/commands/report.ts), of the view asked for. */
export const REPORT_FORMATS = ['pdf'] as const;

export type ExportOptions = {
  format: string;
  out: string;
  /** PNG only: 1, 2 or 4; print size (2×, at least 1 600 px wide) when absent. */
  scale?: number;
  view?: string;
  locale: Locale;
  version: string;
};

/**
 * `influmap export <map> --format gexf|graphml|csv|json|xlsx|svg|png|pdf --out <path>
 * [--scale 1|2|4] [--view NAME]`: the data formats write every actor and relation (CSV:
 * `<out>.nodes.csv` and `<out>.edges.csv`); the pictures draw the map's default (or named) view
 * without a window, with its title, annotations and legend (PNG at print size unless a scale is
 * given); PDF is the client report. Every file is written atomically (a temporary file, then a
 * rename).
 */
export async function exportCommand(
  path: string,
  options: ExportOptions,
  output: Output,
): Promise<void> {
  if ((REPORT_FORMATS as readonly string[]).includes(options.format)) {
    await reportCommand(
      path,
      {
        out: options.out,
        topics: [],
        journeys: [],
        views: options.view === undefined ? [] : [options.view],
        stories: [],
        locale: options.locale,
        version: options.version,
      },
      output,
    );
    return;
  }
  if ((TABLE_FORMATS as readonly string[]).includes(options.format)) {
    // Awaited: a failure (a map open elsewhere, a full disk) is then one line, not a stack trace.
    await exportDataCommand(path, options, output);
    return;
  }
  if (!(PICTURE_FORMATS as readonly string[]).includes(options.format))
    throw new UsageError(
      `--format: ${options.format} is not one of ${[...TABLE_FORMATS, ...PICTURE_FORMATS, ...REPORT_FORMATS].join(', ')}`,
    );
  if (options.scale !== undefined && !(PNG_SCALES as readonly number[]).includes(options.scale))
    throw new UsageError(`--scale: ${options.scale} is not 1, 2 or 4`);
  const map = openMap(resolve(path));
  let svg: string;
  let width: number;
  let actors: number;
  let groups: number;
  try {
    let picture;
    try {
      picture = mapPicture(createRepositories(map.db), options.locale, options.view);
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err));
    }
    actors = picture.drawing.nodes.filter((n) => n.key.startsWith('a')).length;
    groups = picture.drawing.nodes.length - actors;
    svg = sceneSvg(picture.scene);
    width = picture.scene.width;
  } finally {
    map.close();
  }
  const target = resolve(options.out);
  if (options.format === 'svg') writeFileAtomically(target, svg);
  else {
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: pngScale(width, options.scale as PngScale | undefined) },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    writeFileAtomically(target, png);
  }
  output.out(
    `Exported ${actors} actors${groups > 0 ? ` and ${groups} collapsed communities` : ''} to ${target}`,
  );
}

async function exportDataCommand(path: string, options: ExportOptions, output: Output) {
  const map = openMap(resolve(path));
  const written: string[] = [];
  try {
    const target = resolve(options.out);
    const counts = map.db
      .prepare<[], { actors: number; relations: number }>(
        'SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM relations) AS relations',
      )
      .get();
    const files: Array<[DataFormat, string]> =
      options.format === 'csv'
        ? [
            ['nodes.csv', target.replace(/(\.csv)?$/i, '.nodes.csv')],
            ['edges.csv', target.replace(/(\.csv)?$/i, '.edges.csv')],
          ]
        : [[options.format as DataFormat, target]];
    // Both tables of a CSV export or neither: a table written before a failure goes again.
    const created = files.filter(([, file]) => !existsSync(file)).map(([, file]) => file);
    try {
      for (const [format, file] of files) {
        writeFileAtomically(file, await exportData(map.db, format));
        written.push(file);
      }
    } catch (err) {
      for (const file of written) if (created.includes(file)) rmSync(file, { force: true });
      throw err;
    }
    output.out(
      `Exported ${counts?.actors ?? 0} actors and ${counts?.relations ?? 0} relations to ${written.join(' and ')}`,
    );
  } finally {
    map.close();
  }
}
