import type {
  ActorId,
  Position,
  SavedView,
  SavedViewWithPositions,
  ValidViewDraft,
  ValidViewPatch,
  ViewId,
  ViewLayout,
} from '../../shared/domain/schemas';
import { VIEW_LAYOUTS, ViewEncodingSchema, ViewFiltersSchema } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type ViewRow = {
  id: number;
  name: string;
  layout: string;
  filters: string;
  encoding: string;
  is_default: number;
};

/** Stored JSON that no longer fits the schema (an older or hand-edited file) reads as "no filter". */
function parseJson<T>(
  json: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  fallback: T,
): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const LAYOUTS = new Set<string>(VIEW_LAYOUTS);

const toView = (row: ViewRow): SavedView => ({
  id: row.id as ViewId,
  name: row.name,
  layout: (LAYOUTS.has(row.layout) ? row.layout : 'force') as ViewLayout,
  filters: parseJson(row.filters, ViewFiltersSchema, {}),
  encoding: parseJson(row.encoding, ViewEncodingSchema, {}),
  isDefault: row.is_default === 1,
});

/** Saved views and the actor positions kept in each. */
export function createViewRepository(db: SqliteDatabase) {
  const all = db.prepare<[], ViewRow>(
    'SELECT * FROM saved_views ORDER BY is_default DESC, name COLLATE NOCASE',
  );
  const byId = db.prepare<[number], ViewRow>('SELECT * FROM saved_views WHERE id = ?');
  const positionsOf = db.prepare<[number], { actor_id: number; x: number; y: number }>(
    'SELECT actor_id, x, y FROM view_positions WHERE view_id = ?',
  );
  const upsertPosition = db.prepare<[number, number, number, number]>(
    'INSERT INTO view_positions (view_id, actor_id, x, y) VALUES (?, ?, ?, ?) ON CONFLICT (view_id, actor_id) DO UPDATE SET x = excluded.x, y = excluded.y WHERE x <> excluded.x OR y <> excluded.y',
  );
  const clearDefault = db.prepare('UPDATE saved_views SET is_default = 0 WHERE is_default = 1');

  const get = (id: number): SavedView => {
    const row = byId.get(id);
    if (!row) throw notFound('view', id);
    return toView(row);
  };
  const write = (id: number, patch: ValidViewPatch) => {
    if (patch.isDefault) clearDefault.run();
    const columns: Array<[string, unknown]> = [];
    if (patch.name !== undefined) columns.push(['name', patch.name]);
    if (patch.layout !== undefined) columns.push(['layout', patch.layout]);
    if (patch.filters !== undefined) columns.push(['filters', JSON.stringify(patch.filters)]);
    if (patch.encoding !== undefined) columns.push(['encoding', JSON.stringify(patch.encoding)]);
    if (patch.isDefault !== undefined) columns.push(['is_default', patch.isDefault ? 1 : 0]);
    if (columns.length > 0)
      db.prepare(
        `UPDATE saved_views SET ${columns.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`,
      ).run([...columns.map(([, v]) => v), id]);
  };

  return {
    list: (): SavedView[] => all.all().map(toView),
    get,
    getWithPositions(id: number): SavedViewWithPositions {
      return {
        ...get(id),
        // A map edited with sqlite3 may hold Infinity or NaN: such an actor has no position (the
        // view's layout places it), rather than a drawing of infinite size.
        positions: positionsOf
          .all(id)
          .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
          .map((p) => ({ actorId: p.actor_id as ActorId, x: p.x, y: p.y })),
      };
    },
    create(draft: ValidViewDraft): SavedView {
      const id = Number(
        db.prepare('INSERT INTO saved_views (name) VALUES (?)').run(draft.name).lastInsertRowid,
      );
      write(id, { layout: 'force', ...draft, name: undefined });
      return get(id);
    },
    update(id: number, patch: ValidViewPatch): SavedView {
      get(id);
      write(id, patch);
      return get(id);
    },
    delete(id: number): void {
      if (db.prepare('DELETE FROM saved_views WHERE id = ?').run(id).changes === 0)
        throw notFound('view', id);
    },
    /** Stores positions; unchanged ones are not rewritten (nor journaled). Returns how many moved. */
    savePositions(id: number, positions: readonly Position[]): number {
      get(id);
      return positions.reduce(
        (moved, p) => moved + upsertPosition.run(id, p.actorId, p.x, p.y).changes,
        0,
      );
    },
  };
}
