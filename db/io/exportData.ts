import ExcelJS from 'exceljs';
import type { DataFormat, ExportedMap } from '../../shared/io/exportModel';
import { writeGexf } from '../../shared/io/writeGexf';
import { writeGraphml } from '../../shared/io/writeGraphml';
import { exportTables, writeCsv, writeJson, type Cell } from '../../shared/io/writeTables';
import type { ActorDataRow } from '../repositories/actorRows';
import type { SqliteDatabase } from '../sqlite';
import { createSettingsRepository } from '../repositories/settingsRepository';

export type { DataFormat } from '../../shared/io/exportModel';

/** The map as the exports write it (shared/io/exportModel.ts), positions from the default view. */
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
      return {
        key: a.key,
        name: a.name,
        kind: a.kind,
        role: a.role,
        stance: a.stance,
        offlineStance: a.offline_stance,
        reach: a.reach,
        resonance: a.resonance,
        country: a.country,
        tags: JSON.parse(a.tags) as string[],
        notes: a.notes,
        communities: communities.get(a.id) ?? [],
        custom: JSON.parse(a.custom) as Record<string, unknown>,
        x: position?.x ?? null,
        y: position?.y ?? null,
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
      weight: r.weight,
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
