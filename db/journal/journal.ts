import type { HistoryEntry } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { HistoryState } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import type { JournaledTable } from '../migrations';
import { journalPageOne } from './pageOne';
import { setIndexesAside, setInsertTriggerAside, worthSettingIndexesAside } from './setAside';
import { tableShape } from './triggers';

type EntryRow = { id: number; label: string; state: 'done' | 'undone'; created_at: string };
type JournalRow = {
  id: number;
  tbl: string;
  pk: string;
  op: 'I' | 'U' | 'D';
  before: string | null;
  after: string | null;
};

/** The `pk` of a journal row standing for a range of inserted ids: `range:12..5000`. */
const RANGE = 'range:';
/** Ids per range row: the images of one range are built (on undo) in one piece of memory. */
const RANGE_IDS = 50_000;

const idsOf = (row: JournalRow): number => {
  const [lo, hi] = row.pk.slice(RANGE.length).split('..').map(Number) as [number, number];
  return hi - lo + 1;
};

/** For each table, how many ids its range rows cover and where (in replay order) the last is. */
function rangeGroups(rows: readonly JournalRow[]): Map<string, { ids: number; last: number }> {
  const groups = new Map<string, { ids: number; last: number }>();
  rows.forEach((row, i) => {
    if (!row.pk.startsWith(RANGE)) return;
    const group = groups.get(row.tbl) ?? { ids: 0, last: i };
    group.ids += idsOf(row);
    group.last = i;
    groups.set(row.tbl, group);
  });
  return groups;
}
type RowImage = Record<string, unknown>;

/** Prepared statements that write one row image back into its table. */
type TableWriter = {
  insert: (image: RowImage) => void;
  update: (image: RowImage) => void;
  remove: (image: RowImage) => void;
};

function createTableWriter(db: SqliteDatabase, table: string): TableWriter {
  const { columns, pk } = tableShape(db, table);
  const cols = columns.map((c) => `"${c}"`).join(', ');
  const insert = db.prepare(
    `INSERT INTO "${table}" (${cols}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const update = db.prepare(
    `UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE "${pk}" = ?`,
  );
  const remove = db.prepare(`DELETE FROM "${table}" WHERE "${pk}" = ?`);
  const values = (image: RowImage) => columns.map((c) => image[c] ?? null);
  return {
    insert: (image) => insert.run(values(image)),
    update: (image) => update.run([...values(image), image[pk] ?? null]),
    remove: (image) => remove.run(image[pk] ?? null),
  };
}

function parseImage(json: string | null): RowImage {
  if (json === null) throw new Error('journal row without the image it needs');
  return JSON.parse(json) as RowImage;
}

/**
 * The change journal: records every user action as one entry (its rows are written by triggers,
 * see triggers.ts) and replays entries backwards (undo) or forwards (redo). It lives in the map
 * file, so undo and redo survive a restart, and so does the history.
 */
export function createJournal(db: SqliteDatabase) {
  const setRecording = db.prepare<[number | null]>(
    'UPDATE journal_state SET recording_entry = ? WHERE id = 1',
  );
  const insertEntry = db.prepare<[string]>('INSERT INTO journal_entries (label) VALUES (?)');
  const dropRedoBranch = db.prepare("DELETE FROM journal_entries WHERE state = 'undone'");
  const deleteEntry = db.prepare<[number]>('DELETE FROM journal_entries WHERE id = ?');
  const lastDone = db.prepare<[], EntryRow>(
    "SELECT * FROM journal_entries WHERE state = 'done' ORDER BY id DESC LIMIT 1",
  );
  const firstUndone = db.prepare<[], EntryRow>(
    "SELECT * FROM journal_entries WHERE state = 'undone' ORDER BY id ASC LIMIT 1",
  );
  const rowsForward = db.prepare<[number], JournalRow>(
    // A range's images (a million rows, once undone) stay in SQLite: replayRange reads them there.
    `SELECT id, tbl, pk, op, before, CASE WHEN pk LIKE '${RANGE}%' THEN NULL ELSE after END AS after
     FROM journal_rows WHERE entry_id = ? ORDER BY id ASC`,
  );
  const setState = db.prepare<[string, number]>(
    'UPDATE journal_entries SET state = ? WHERE id = ?',
  );
  const recent = db.prepare<[number], EntryRow>(
    'SELECT * FROM journal_entries ORDER BY id DESC LIMIT ?',
  );
  const writers = new Map<string, TableWriter>();
  const recordingEntry = db.prepare<[], { recording_entry: number | null }>(
    'SELECT recording_entry FROM journal_state WHERE id = 1',
  );
  const tablesOfEntry = db.prepare<[number], { tbl: string }>(
    'SELECT DISTINCT tbl FROM journal_rows WHERE entry_id = ?',
  );
  /**
   * The tables the last action, undo or redo touched (what the window must read again): read
   * right after `record`, `commit`, `undo` or `redo` returns, on the same turn.
   */
  let touched: readonly string[] = [];
  const insertRangeRow = db.prepare<[number, string, string, string]>(
    "INSERT INTO journal_rows (entry_id, tbl, pk, op, before, after) VALUES (?, ?, ?, 'I', NULL, ?)",
  );

  const writerFor = (table: string): TableWriter => {
    let writer = writers.get(table);
    if (!writer) {
      writer = createTableWriter(db, table);
      writers.set(table, writer);
    }
    return writer;
  };

  const replay = (entry: EntryRow, direction: 'undo' | 'redo') => {
    // Cascaded deletes are journaled in an order that can put a child before its parent;
    // deferring foreign keys to the commit lets the replay restore them in any order.
    db.pragma('defer_foreign_keys = ON');
    journalPageOne(db);
    const rows = rowsForward.all(entry.id);
    if (direction === 'undo') rows.reverse();
    const ranges = rangeGroups(rows);
    const restoreIndexes = new Map<string, () => void>();
    rows.forEach((row, i) => {
      if (row.pk.startsWith(RANGE)) {
        // A big import's ranges of one table are deleted or put back with the table's indexes
        // (and journal insert trigger) set aside, built again once its last range is done (before
        // a parent's rows go: deleting them looks up their children through these indexes).
        const group = ranges.get(row.tbl);
        if (!restoreIndexes.has(row.tbl)) {
          const count = countAll(row.tbl);
          const total = direction === 'undo' ? count : count + (group?.ids ?? 0);
          const aside = worthSettingIndexesAside(group?.ids ?? 0, total)
            ? [setIndexesAside(db, row.tbl), setInsertTriggerAside(db, row.tbl)]
            : [];
          restoreIndexes.set(row.tbl, () => aside.forEach((restore) => restore()));
        }
        replayRange(row, direction);
        if (group?.last === i) restoreIndexes.get(row.tbl)?.();
        return;
      }
      const writer = writerFor(row.tbl);
      if (direction === 'undo') {
        if (row.op === 'I') writer.remove(parseImage(row.after));
        else if (row.op === 'D') writer.insert(parseImage(row.before));
        else writer.update(parseImage(row.before));
      } else if (row.op === 'I') writer.insert(parseImage(row.after));
      else if (row.op === 'D') writer.remove(parseImage(row.before));
      else writer.update(parseImage(row.after));
    });
    setState.run(direction === 'undo' ? 'undone' : 'done', entry.id);
    touched = [...new Set(rows.map((row) => row.tbl))];
  };

  /**
   * A bulk insert journaled as one range of fresh ids (see `beginBulk`). Undo deletes the range,
   * first keeping the rows' images in the journal row (once) so that redo can put them back.
   */
  const countAll = (table: string): number =>
    db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;

  const replayRange = (row: JournalRow, direction: 'undo' | 'redo') => {
    const [lo, hi] = row.pk.slice(RANGE.length).split('..').map(Number) as [number, number];
    const { columns, pk } = tableShape(db, row.tbl);
    // The images are built and read back by SQLite itself, never copied through JavaScript.
    if (direction === 'undo') {
      db.prepare<[number, number, number]>(
        `UPDATE journal_rows SET after = (
           SELECT json_object('rows', json_group_array(json_object(${columns.map((c) => `'${c}', "${c}"`).join(', ')})))
           FROM "${row.tbl}" WHERE "${pk}" BETWEEN ? AND ?)
         WHERE id = ? AND json_extract(after, '$.rows') IS NULL`,
      ).run(lo, hi, row.id);
      db.prepare(`DELETE FROM "${row.tbl}" WHERE "${pk}" BETWEEN ? AND ?`).run(lo, hi);
    } else {
      // `rows` is an array, or (in files written before 2026-11-23) that array's JSON text:
      // json_extract gives the array's text either way.
      db.prepare<[number]>(
        `INSERT INTO "${row.tbl}" (${columns.map((c) => `"${c}"`).join(', ')})
         SELECT ${columns.map((c) => `json_extract(value, '$."${c}"')`).join(', ')}
         FROM journal_rows, json_each(json_extract(journal_rows.after, '$.rows'))
         WHERE journal_rows.id = ?`,
      ).run(row.id);
    }
  };

  /** Opens the journal entry of a new action (a new action discards what could be redone). */
  const startEntry = (label: string): number => {
    journalPageOne(db);
    dropRedoBranch.run();
    const entryId = Number(insertEntry.run(label).lastInsertRowid);
    setRecording.run(entryId);
    return entryId;
  };
  /** Closes it; an action that changed nothing leaves no entry. */
  const finishEntry = (entryId: number) => {
    setRecording.run(null);
    touched = tablesOfEntry.all(entryId).map((row) => row.tbl);
    if (touched.length === 0) deleteEntry.run(entryId);
  };
  const topId = (table: string, pk: string): number | null =>
    db.prepare<[], { top: number | null }>(`SELECT max("${pk}") AS top FROM "${table}"`).get()
      ?.top ?? null;

  const state = (): HistoryState => {
    const undo = lastDone.get();
    const redo = firstUndone.get();
    return {
      canUndo: !!undo,
      canRedo: !!redo,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
    };
  };

  return {
    /**
     * Runs `action` as one transaction and one journal entry labelled `label`. An action that
     * changes nothing leaves no entry; a new action discards what could have been redone.
     */
    record<T>(label: string, action: () => T): T {
      return db.transaction(() => {
        const entryId = startEntry(label);
        const result = action();
        finishEntry(entryId);
        return result;
      })();
    },

    /**
     * Begins an action that spans several turns of the event loop (a long import, which reports
     * progress and can be cancelled): one transaction and one journal entry, like `record`, ended
     * by `commit` or `rollback`. Nothing else may use the connection in between (the service
     * refuses other calls while an import runs).
     */
    begin(label: string): { commit(): void; rollback(): void } {
      db.exec('BEGIN IMMEDIATE');
      let entryId: number;
      try {
        entryId = startEntry(label);
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
      return {
        commit: () => {
          finishEntry(entryId);
          db.exec('COMMIT');
        },
        rollback: () => {
          if (db.inTransaction) db.exec('ROLLBACK');
        },
      };
    },

    /**
     * Inside an action: from now until `end`, rows inserted into `tables` (fresh ids only) are
     * journaled as one range per table instead of one image per row — an import of a million
     * relations would otherwise copy each into the journal. Their insert triggers are dropped
     * meanwhile (a trigger's condition alone costs a query per row) and re-created by `end`, in
     * the same transaction. Updates and deletes stay journaled row by row. `end` writes the
     * ranges in the order of `tables`: parents first, so that undo deletes children first.
     * Undo deletes a range, keeping the rows' images then, for redo.
     */
    beginBulk(tables: readonly JournaledTable[]): { end(): void } {
      // Outside a transaction the triggers would be gone for good if the process died.
      if (!db.inTransaction) throw new Error('beginBulk needs a transaction');
      const entryId = recordingEntry.get()?.recording_entry ?? null;
      const shapes = tables.map((table) => {
        const { pk } = tableShape(db, table);
        const before = topId(table, pk);
        return { table, pk, before, restoreTrigger: setInsertTriggerAside(db, table) };
      });
      return {
        end: () => {
          for (const { table, pk, before, restoreTrigger } of shapes) {
            restoreTrigger();
            const after = topId(table, pk);
            if (entryId === null || after === null || after === before) continue;
            // In slices of RANGE_IDS: undo keeps each slice's images apart, in bounded memory.
            for (let from = (before ?? 0) + 1; from <= after; from += RANGE_IDS)
              insertRangeRow.run(
                entryId,
                table,
                `${RANGE}${from}..${Math.min(after, from + RANGE_IDS - 1)}`,
                '{}',
              );
          }
        },
      };
    },

    /** Reverts the last action; throws NOTHING_TO_UNDO when there is none. */
    undo(): HistoryState {
      db.transaction(() => {
        const entry = lastDone.get();
        if (!entry) throw new AppError({ code: 'NOTHING_TO_UNDO' });
        replay(entry, 'undo');
      })();
      return state();
    },

    /** Re-applies the last undone action; throws NOTHING_TO_REDO when there is none. */
    redo(): HistoryState {
      db.transaction(() => {
        const entry = firstUndone.get();
        if (!entry) throw new AppError({ code: 'NOTHING_TO_REDO' });
        replay(entry, 'redo');
      })();
      return state();
    },

    state,

    /** The tables the last action, undo or redo touched (none when it changed nothing). */
    touched: (): readonly string[] => touched,

    /** The most recent entries, newest first. */
    list(limit: number): HistoryEntry[] {
      return recent
        .all(limit)
        .map((e) => ({ id: e.id, label: e.label, createdAt: e.created_at, state: e.state }));
    },
  };
}
export type Journal = ReturnType<typeof createJournal>;
