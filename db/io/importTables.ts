import { AppError } from '../../shared/api/errors';
import {
  decodeText,
  importError,
  normaliseHeader,
  parseCsv,
  type CsvTable,
} from '../../shared/io/csv';
import {
  journeyTableKind,
  readJourneyTable,
  type JourneyTable,
  type PlacementRow,
  type StageRow,
  type TrailRow,
} from '../../shared/io/journeyTables';
import type { MapHandle } from '../file/openMap';
import type { SqliteDatabase } from '../sqlite';
import { readWorkbook } from './xlsx';

export type ImportFile = { name: string; bytes: Uint8Array };

/** What an import did (or, for a preview, would do), per table kind. */
export type ImportCounts = { created: number; updated: number; unchanged: number };
export type ImportSummary = {
  files: Array<{
    name: string;
    kind: JourneyTable['kind'];
    rows: number;
    encoding: string;
    delimiter: string;
    lineEnding: string;
  }>;
  stages: ImportCounts;
  placements: ImportCounts;
  trails: ImportCounts;
};

/** Files are applied in this order whatever order they come in: placements need stages. */
const ORDER: Record<JourneyTable['kind'], number> = { stages: 0, placements: 1, trails: 2 };

type ReadTable = { table: CsvTable; parsed: JourneyTable };

/** A table recognised as a journey table, or the refusal that names why not. */
function recognise(table: CsvTable, fileName: string): ReadTable {
  if (!journeyTableKind(table.headers) && looksLikeGraphTable(table.headers))
    // Actors and relations come with the interoperability work (issue 7).
    throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: fileName });
  if (!journeyTableKind(table.headers))
    throw importError(table.fileName, 'unknown-table', {
      line: 1,
      detail: table.headers.join(', '),
    });
  return { table, parsed: readJourneyTable(table) };
}

/**
 * Reads and checks every file before anything is written (any error: nothing is imported), in
 * a stable order. CSV files are one table each; an XLSX workbook gives one table per sheet whose
 * header is a journey table (other sheets, notes or pivots, are left alone).
 */
export async function readImportFiles(files: readonly ImportFile[]): Promise<ReadTable[]> {
  const read: ReadTable[] = [];
  for (const file of files) {
    if (/\.xlsx$/i.test(file.name)) {
      const sheets = (await readWorkbook(file.bytes, file.name)).filter((t) =>
        journeyTableKind(t.headers),
      );
      if (sheets.length === 0) throw importError(file.name, 'unknown-table');
      for (const sheet of sheets) read.push(recognise(sheet, file.name));
      continue;
    }
    // GEXF, GraphML, GML and JSON come with the interoperability work (issue 7).
    if (!/\.(csv|tsv|txt)$/i.test(file.name))
      throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: file.name });
    const { text, encoding } = decodeText(file.bytes, file.name);
    read.push(recognise(parseCsv(text, file.name, encoding), file.name));
  }
  return read.sort((a, b) => ORDER[a.parsed.kind] - ORDER[b.parsed.kind]);
}

/** A node or edge list (canonical, Gephi, Kumu or NodeXL headers). */
function looksLikeGraphTable(headers: readonly string[]): boolean {
  const names = new Set(headers.map(normaliseHeader));
  return (
    (names.has('source') && names.has('target')) ||
    (names.has('from') && names.has('to')) ||
    (names.has('vertex_1') && names.has('vertex_2')) ||
    (names.has('id') && (names.has('label') || names.has('name')))
  );
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Imports journey tables (stages, placements, trails) into the open map as one journal entry:
 * all or nothing, undoable. Journeys and stages are matched by name, actors by key, so importing
 * the same files again updates instead of duplicating. With `preview`, the same work runs and is
 * rolled back: the counts say what would change.
 */
export async function importTables(
  handle: MapHandle,
  files: readonly ImportFile[],
  options: { preview: boolean },
): Promise<ImportSummary> {
  const read = await readImportFiles(files);
  const summary: ImportSummary = {
    files: read.map(({ table, parsed }) => ({
      name: table.fileName,
      kind: parsed.kind,
      rows: parsed.rows.length,
      encoding: table.encoding,
      delimiter: table.delimiter === '\t' ? 'tab' : table.delimiter,
      lineEnding: table.lineEnding,
    })),
    stages: zero(),
    placements: zero(),
    trails: zero(),
  };
  const apply = () => {
    const writer = tableWriter(handle.db);
    for (const { table, parsed } of read) {
      if (parsed.kind === 'stages') writer.stages(table.fileName, parsed.rows, summary.stages);
      else if (parsed.kind === 'placements')
        writer.placements(table.fileName, parsed.rows, summary.placements);
      else writer.trails(table.fileName, parsed.rows, summary.trails);
    }
  };
  if (!options.preview) {
    // Reading was asynchronous (XLSX); writing is one synchronous transaction and journal entry.
    handle.journal.record('import:apply', apply);
    return summary;
  }
  const rollback = new Error('preview');
  try {
    handle.db.transaction(() => {
      apply();
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return summary;
}

function tableWriter(db: SqliteDatabase) {
  const actorByKey = new Map(
    db
      .prepare<[], { id: number; key: string }>('SELECT id, key FROM actors')
      .all()
      .map((a) => [a.key, a.id]),
  );
  const journeyId = db.prepare<[string], { id: number }>('SELECT id FROM journeys WHERE name = ?');
  const stage = db.prepare<[number, string], { id: number; is_moment_of_truth: number }>(
    'SELECT id, is_moment_of_truth FROM journey_stages WHERE journey_id = ? AND name = ?',
  );
  const actorOf = (file: string, row: { line: number; actor: string }, field: string) => {
    const id = actorByKey.get(row.actor);
    if (id === undefined)
      throw importError(file, 'unknown-actor', { line: row.line, field, detail: row.actor });
    return id;
  };
  return {
    stages(file: string, rows: readonly StageRow[], counts: ImportCounts) {
      const touched = new Map<
        number,
        Array<{ id: number; position: number | null; line: number }>
      >();
      const seen = new Set<string>();
      for (const row of rows) {
        const key = `${row.journey}\u0000${row.stage}`;
        if (seen.has(key))
          throw importError(file, 'duplicate', {
            line: row.line,
            field: 'stage',
            detail: row.stage,
          });
        seen.add(key);
        let journey = journeyId.get(row.journey)?.id;
        if (journey === undefined)
          journey = Number(
            db
              .prepare('INSERT INTO journeys (name, persona) VALUES (?, ?)')
              .run(row.journey, row.persona).lastInsertRowid,
          );
        const existing = stage.get(journey, row.stage);
        let id: number;
        if (!existing) {
          const count =
            db
              .prepare<[number], { n: number }>(
                'SELECT count(*) AS n FROM journey_stages WHERE journey_id = ?',
              )
              .get(journey)?.n ?? 0;
          id = Number(
            db
              .prepare(
                'INSERT INTO journey_stages (journey_id, name, position, is_moment_of_truth) VALUES (?, ?, ?, ?)',
              )
              .run(journey, row.stage, count, row.momentOfTruth ? 1 : 0).lastInsertRowid,
          );
          counts.created += 1;
        } else {
          id = existing.id;
          const mot =
            row.momentOfTruth === null ? existing.is_moment_of_truth : row.momentOfTruth ? 1 : 0;
          if (mot !== existing.is_moment_of_truth) {
            db.prepare('UPDATE journey_stages SET is_moment_of_truth = ? WHERE id = ?').run(
              mot,
              id,
            );
            counts.updated += 1;
          } else counts.unchanged += 1;
        }
        touched.set(journey, [
          ...(touched.get(journey) ?? []),
          { id, position: row.position, line: row.line },
        ]);
      }
      // Positions given in the file order the stages; the others keep their order, after them.
      for (const [journey, listed] of touched) {
        if (listed.every((s) => s.position === null)) continue;
        const all = db
          .prepare<[number], { id: number; position: number }>(
            'SELECT id, position FROM journey_stages WHERE journey_id = ? ORDER BY position',
          )
          .all(journey);
        const given = new Map(listed.map((s) => [s.id, s.position]));
        const ordered = [...all].sort((a, b) => {
          const pa = given.get(a.id) ?? null;
          const pb = given.get(b.id) ?? null;
          if (pa !== null && pb !== null) return pa - pb || a.position - b.position;
          if (pa !== null) return -1;
          if (pb !== null) return 1;
          return a.position - b.position;
        });
        const set = db.prepare('UPDATE journey_stages SET position = ? WHERE id = ?');
        ordered.forEach((s, i) => set.run(-1 - i, s.id));
        ordered.forEach((s, i) => set.run(i, s.id));
      }
    },
    placements(file: string, rows: readonly PlacementRow[], counts: ImportCounts) {
      for (const row of rows) {
        const journey = journeyId.get(row.journey)?.id;
        if (journey === undefined)
          throw importError(file, 'unknown-journey', {
            line: row.line,
            field: 'journey',
            detail: row.journey,
          });
        const found = stage.get(journey, row.stage);
        if (!found)
          throw importError(file, 'unknown-stage', {
            line: row.line,
            field: 'stage',
            detail: row.stage,
          });
        const actor = actorOf(file, row, 'actor');
        let touchpoint: number | null = null;
        if (row.touchpoint) {
          const tp = db
            .prepare<[number, string], { id: number }>(
              'SELECT id FROM touchpoints WHERE stage_id = ? AND name = ?',
            )
            .get(found.id, row.touchpoint);
          touchpoint =
            tp?.id ??
            Number(
              db
                .prepare(
                  'INSERT INTO touchpoints (stage_id, name, position) VALUES (?, ?, (SELECT count(*) FROM touchpoints WHERE stage_id = ?))',
                )
                .run(found.id, row.touchpoint, found.id).lastInsertRowid,
            );
        }
        const existing = db
          .prepare<
            [number, number | null, number],
            { id: number; legitimacy: number; note: string | null }
          >(
            'SELECT id, legitimacy, note FROM placements WHERE stage_id = ? AND touchpoint_id IS ? AND actor_id = ?',
          )
          .get(found.id, touchpoint, actor);
        if (!existing) {
          db.prepare(
            'INSERT INTO placements (stage_id, touchpoint_id, actor_id, legitimacy, note) VALUES (?, ?, ?, ?, ?)',
          ).run(found.id, touchpoint, actor, row.legitimacy, row.note);
          counts.created += 1;
        } else if (
          existing.legitimacy !== row.legitimacy ||
          (row.note !== null && row.note !== existing.note)
        ) {
          db.prepare(
            'UPDATE placements SET legitimacy = ?, note = coalesce(?, note) WHERE id = ?',
          ).run(row.legitimacy, row.note, existing.id);
          counts.updated += 1;
        } else counts.unchanged += 1;
      }
    },
    trails(file: string, rows: readonly TrailRow[], counts: ImportCounts) {
      const byTrail = new Map<string, TrailRow[]>();
      for (const row of rows) {
        const list = byTrail.get(row.trail);
        if (list) list.push(row);
        else byTrail.set(row.trail, [row]);
      }
      const insertStep = db.prepare(
        'INSERT INTO trail_steps (trail_id, step, actor_id, touchpoint_id) VALUES (?, ?, ?, ?)',
      );
      // Touchpoints by name (the first one, in journey and stage order, when names repeat).
      const touchpointByName = new Map<string, number>();
      for (const tp of db
        .prepare<[], { id: number; name: string }>(
          `SELECT t.id, t.name FROM touchpoints t JOIN journey_stages s ON s.id = t.stage_id
           ORDER BY s.journey_id, s.position, t.position, t.id`,
        )
        .all())
        if (!touchpointByName.has(tp.name)) touchpointByName.set(tp.name, tp.id);
      const trailId = db.prepare<[string], { id: number }>('SELECT id FROM trails WHERE key = ?');
      const stepsOf = db.prepare<
        [number],
        { step: number; actor_id: number | null; touchpoint_id: number | null }
      >('SELECT step, actor_id, touchpoint_id FROM trail_steps WHERE trail_id = ? ORDER BY step');
      const clear = db.prepare('DELETE FROM trail_steps WHERE trail_id = ?');
      const insertTrail = db.prepare('INSERT INTO trails (key) VALUES (?)');
      for (const [key, steps] of byTrail) {
        const seen = new Set<number>();
        for (const s of steps) {
          if (seen.has(s.step))
            throw importError(file, 'duplicate', {
              line: s.line,
              field: 'step',
              detail: `${key} / ${s.step}`,
            });
          seen.add(s.step);
        }
        const actors = steps.map((s) =>
          s.actor === null ? null : actorOf(file, { line: s.line, actor: s.actor }, 'actor'),
        );
        const touchpoints = steps.map((s) => {
          if (s.touchpoint === null) return null;
          const found = touchpointByName.get(s.touchpoint);
          if (found === undefined)
            throw importError(file, 'unknown-touchpoint', {
              line: s.line,
              field: 'touchpoint',
              detail: s.touchpoint,
            });
          return found;
        });
        const existing = trailId.get(key);
        let id: number;
        if (existing) {
          const before = stepsOf.all(existing.id);
          const after = steps
            .map((s, i) => ({
              step: s.step,
              actor_id: actors[i] ?? null,
              touchpoint_id: touchpoints[i] ?? null,
            }))
            .sort((a, b) => a.step - b.step);
          if (JSON.stringify(before) === JSON.stringify(after)) {
            counts.unchanged += 1;
            continue;
          }
          id = existing.id;
          clear.run(id);
          counts.updated += 1;
        } else {
          id = Number(insertTrail.run(key).lastInsertRowid);
          counts.created += 1;
        }
        steps.forEach((s, i) => insertStep.run(id, s.step, actors[i], touchpoints[i]));
      }
    },
  };
}
