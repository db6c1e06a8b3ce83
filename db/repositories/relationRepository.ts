import type {
  ActorId,
  Relation,
  RelationId,
  ValidRelationDraft,
  ValidRelationPatch,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type RelationRow = {
  id: number;
  source_id: number;
  target_id: number;
  type: string;
  directed: number;
  weight: number;
  evidence: string | null;
  observed_on: string | null;
};

function toRelation(row: RelationRow): Relation {
  return {
    id: row.id as RelationId,
    sourceId: row.source_id as ActorId,
    targetId: row.target_id as ActorId,
    type: row.type,
    directed: row.directed === 1,
    weight: row.weight,
    evidence: row.evidence,
    observedOn: row.observed_on,
  };
}

const PATCH_COLUMNS = {
  type: 'type',
  directed: 'directed',
  weight: 'weight',
  evidence: 'evidence',
  observedOn: 'observed_on',
} as const satisfies Record<keyof ValidRelationPatch, string>;

function patchValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

export function createRelationRepository(db: SqliteDatabase) {
  const byId = db.prepare<[number], RelationRow>('SELECT * FROM relations WHERE id = ?');
  const all = db.prepare<[], RelationRow>('SELECT * FROM relations ORDER BY id');
  const insert = db.prepare<[number, number, string, number, number, string | null, string | null]>(
    'INSERT INTO relations (source_id, target_id, type, directed, weight, evidence, observed_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[number]>('DELETE FROM relations WHERE id = ?');

  const get = (id: number): Relation => {
    const row = byId.get(id);
    if (!row) throw notFound('relation', id);
    return toRelation(row);
  };

  return {
    get,
    list: (): Relation[] => all.all().map(toRelation),

    /** Inserts a relation; the caller has checked both ends exist and the type is allowed. */
    create(draft: ValidRelationDraft): Relation {
      const info = insert.run(
        draft.sourceId,
        draft.targetId,
        draft.type,
        draft.directed === false ? 0 : 1,
        draft.weight ?? 1,
        draft.evidence ?? null,
        draft.observedOn ?? null,
      );
      return get(Number(info.lastInsertRowid));
    },

    update(id: number, patch: ValidRelationPatch): Relation {
      get(id);
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [keyof ValidRelationPatch, unknown]
      >;
      if (entries.length > 0) {
        db.prepare(
          `UPDATE relations SET ${entries.map(([f]) => `${PATCH_COLUMNS[f]} = ?`).join(', ')} WHERE id = ?`,
        ).run([...entries.map(([, v]) => patchValue(v)), id]);
      }
      return get(id);
    },

    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('relation', id);
    },
  };
}
export type RelationRepository = ReturnType<typeof createRelationRepository>;
