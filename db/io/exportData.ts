import ExcelJS from 'exceljs';
import { fileRecord } from '../../shared/io/fileRecord';
import { finiteOrNull, type DataFormat, type ExportedMap } from '../../shared/io/exportModel';
import { writeGexf } from '../../shared/io/writeGexf';
import { writeGraphml } from '../../shared/io/writeGraphml';
import { exportTables, writeCsv, writeJson, type Cell } from '../../shared/io/writeTables';
import type { ActorDataRow } from '../repositories/actorRows';
import type { SqliteDatabase } from '../sqlite';
import { createSettingsRepository } from '../repositories/settingsRepository';

export type { DataFormat } from '../../shared/io/exportModel';

/** Custom fields without the numbers JSON.parse makes Infinity of (`1e999` typed in by hand). */
function finiteCustom(json: string): Record<string, unknown> {
  const custom = JSON.parse(json) as Record<string, unknown>;
  const entries = Object.entries(custom);
  if (entries.every(([, v]) => typeof v !== 'number' || Number.isFinite(v))) return custom;
  return fileRecord(entries.filter(([, v]) => typeof v !== 'number' || Number.isFinite(v)));
}

/** A reach an export can write: a whole number from 0 to 2^53, else none. */
const writableReach = (reach: number | null): number | null =>
  reach !== null && Number.isSafeInteger(reach) && reach >= 0 ? reach : null;

/**
 * The map as the exports write it (shared/io/exportModel.ts), positions from the default view.
 * A map is a file anyone can edit with sqlite3: a position that is not finite is left out (the
 * actor has none), a reach that is not a safe whole number too, and a weight that is not finite
 * is written as 1, the weight of a tie that says none — never Infinity, which no format can say.
 */
export function exportedMap(db: SqliteDatabase): ExportedMap {
  const view = db
    .prepare<[], { id: number }>('SELECT id FROM saved_views ORDER BY is_default DESC, id LIMIT 1')
    .get()?.id;
  const positions = new Map(
    view === undefined
      ? []
      : db
          .prepare<[number], { actor_id: number; x: number; y: number }>(
            'SELECT actor_id, x, y FROM view_positions WHERE view_id = ?',
          )
          .all(view)
          .map((p) => [p.actor_id, p]),
  );
  const communities = new Map<number, string[]>();
  for (const m of db
    .prepare<[], { actor_id: number; name: string }>(
      'SELECT m.actor_id, c.name FROM community_members m JOIN communities c ON c.id = m.community_id ORDER BY c.id',
    )
    .iterate()) {
    const list = communities.get(m.actor_id);
    if (list) list.push(m.name);
    else communities.set(m.actor_id, [m.name]);
  }
  const keyOf = new Map<number, string>();
  const actors = db
    .prepare<[], ActorDataRow>(
      'SELECT id, key, name, kind, role, stance, offline_stance, reach, resonance, country, tags, notes, custom FROM actors ORDER BY id',
    )
    .all()
    .map((a) => {
      keyOf.set(a.id, a.key);
      const position = positions.get(a.id);
      const [x, y] = [finiteOrNull(position?.x), finiteOrNull(position?.y)];
      const placed = x !== null && y !== null;
      return {
        key: a.key,
        name: a.name,
        kind: a.kind,
        role: a.role,
        stance: a.stance,
        offlineStance: a.offline_stance,
        reach: writableReach(a.reach),
        resonance: finiteOrNull(a.resonance),
        country: a.country,
        tags: JSON.parse(a.tags) as string[],
        notes: a.notes,
        communities: communities.get(a.id) ?? [],
        custom: finiteCustom(a.custom),
        x: placed ? x : null,
        y: placed ? y : null,
      };
    });
  const relations = db
    .prepare<
      [],
      {
        source_id: number;
        target_id: number;
        type: string;
        directed: number;
        weight: number;
        evidence: string | null;
        observed_on: string | null;
      }
    >(
      'SELECT source_id, target_id, type, directed, weight, evidence, observed_on FROM relations ORDER BY id',
    )
    .all()
    .map((r) => ({
      source: keyOf.get(r.source_id) ?? String(r.source_id),
      target: keyOf.get(r.target_id) ?? String(r.target_id),
      type: r.type,
      directed: r.directed === 1,
      weight: finiteOrNull(r.weight) ?? 1,
      evidence: r.evidence,
      observedOn: r.observed_on,
    }));
  return { name: createSettingsRepository(db).get().name, actors, relations };
}

/** The bytes of one export format. */
export async function exportData(db: SqliteDatabase, format: DataFormat): Promise<Uint8Array> {
  const map = exportedMap(db);
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'gexf':
      return text(writeGexf(map));
    case 'graphml':
      return text(writeGraphml(map));
    case 'json':
      return text(writeJson(map));
    case 'nodes.csv':
      return text(writeCsv(exportTables(map).nodes));
    case 'edges.csv':
      return text(writeCsv(exportTables(map).edges));
    case 'xlsx':
      return writeXlsx(exportTables(map));
  }
}

/** Nodes and Edges sheets, header row bold and frozen, cells typed (numbers stay numbers). */
async function writeXlsx(tables: ReturnType<typeof exportTables>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Influmap';
  const sheet = (name: string, table: { headers: string[]; rows: Cell[][] }) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  };
  sheet('Nodes', tables.nodes);
  sheet('Edges', tables.edges);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
