import { importError } from '../../shared/io/csv';
import type { PlacementRow, StageRow, TrailRow } from '../../shared/io/journeyTables';
import { nfcKey } from '../../shared/util/text';
import type { SqliteDatabase } from '../sqlite';

/** What an import did (or, for a preview, would do) to one kind of row. */
export type ImportCounts = { created: number; updated: number; unchanged: number };

/**
 * A name as SQL looks it up: as written, in NFC and in NFD (a Mac writes "é" as e and an accent),
 * the one written first — names are kept as written, and matched whichever way they were typed.
 */
const spellings = (name: string): [string, string, string, string] => [
  name,
  name.normalize('NFC'),
  name.normalize('NFD'),
  name,
];
const BY_SPELLING = 'name IN (?, ?, ?) ORDER BY name <> ? LIMIT 1';

/**
 * Writes journey tables into the map (inside the caller's transaction): journeys and stages
 * matched by name, placements by stage, touchpoint and actor key, trails by id — so importing
 * the same tables again updates instead of duplicating. Names and keys match in NFC.
 */
export function tableWriter(db: SqliteDatabase) {
  const actorByKey = new Map(
    db
      .prepare<[], { id: number; key: string }>('SELECT id, key FROM actors')
      .all()
      .map((a) => [nfcKey(a.key), a.id]),
  );
  const journeyStatement = db.prepare<[string, string, string, string], { id: number }>(
    `SELECT id FROM journeys WHERE ${BY_SPELLING}`,
  );
  const journeyId = { get: (name: string) => journeyStatement.get(...spellings(name)) };
  const stageStatement = db.prepare<
    [number, string, string, string, string],
    { id: number; is_moment_of_truth: number }
  >(`SELECT id, is_moment_of_truth FROM journey_stages WHERE journey_id = ? AND ${BY_SPELLING}`);
  const stage = {
    get: (journey: number, name: string) => stageStatement.get(journey, ...spellings(name)),
  };
  const actorOf = (file: string, row: { line: number; actor: string }, field: string) => {
    const id = actorByKey.get(nfcKey(row.actor));
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
        const key = `${nfcKey(row.journey)}\u0000${nfcKey(row.stage)}`;
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
            .prepare<[number, string, string, string, string], { id: number }>(
              `SELECT id FROM touchpoints WHERE stage_id = ? AND ${BY_SPELLING}`,
            )
            .get(found.id, ...spellings(row.touchpoint));
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
      // Trails by id matched in NFC (steps of "café" typed on a Mac and on Windows are one
      // trail), each kept under the spelling of its first row.
      const byTrail = new Map<string, TrailRow[]>();
      const spelledAs = new Map<string, string>();
      for (const row of rows) {
        const nfc = nfcKey(row.trail);
        const list = byTrail.get(nfc);
        if (list) list.push(row);
        else {
          byTrail.set(nfc, [row]);
          spelledAs.set(nfc, row.trail);
        }
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
        if (!touchpointByName.has(nfcKey(tp.name))) touchpointByName.set(nfcKey(tp.name), tp.id);
      const trailId = db.prepare<[string, string, string, string], { id: number }>(
        'SELECT id FROM trails WHERE key IN (?, ?, ?) ORDER BY key <> ? LIMIT 1',
      );
      const stepsOf = db.prepare<
        [number],
        { step: number; actor_id: number | null; touchpoint_id: number | null }
      >('SELECT step, actor_id, touchpoint_id FROM trail_steps WHERE trail_id = ? ORDER BY step');
      const clear = db.prepare('DELETE FROM trail_steps WHERE trail_id = ?');
      const insertTrail = db.prepare('INSERT INTO trails (key) VALUES (?)');
      for (const [nfc, steps] of byTrail) {
        const key = spelledAs.get(nfc) ?? nfc;
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
          const found = touchpointByName.get(nfcKey(s.touchpoint));
          if (found === undefined)
            throw importError(file, 'unknown-touchpoint', {
              line: s.line,
              field: 'touchpoint',
              detail: s.touchpoint,
            });
          return found;
        });
        const existing = trailId.get(...spellings(key));
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
