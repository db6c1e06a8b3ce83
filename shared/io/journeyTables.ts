import { LIMITS } from '../domain/limits';
import { importError, normaliseHeader, parseBoolean, parseNumber, type CsvTable } from './csv';
import { checkRowText } from './importedValues';

/**
 * Journey tables as consultants prepare them in spreadsheets (DESIGN.md §5): stages
 * (`journey`, `stage`, `position`, `moment_of_truth`), placements (`journey`, `stage`, `actor`,
 * `legitimacy`, optional `touchpoint`, `note`) and trails (`trail`, `step`, and `actor` or
 * `touchpoint` — a step meets a voice or a touchpoint). Headers
 * are matched ignoring case and accents; French headers work too (`parcours`, `étape`, `acteur`,
 * `légitimité`, `moment_de_vérité`, `ordre`).
 */
export type StageRow = {
  line: number;
  journey: string;
  stage: string;
  position: number | null;
  momentOfTruth: boolean | null;
  persona: string | null;
};
export type PlacementRow = {
  line: number;
  journey: string;
  stage: string;
  actor: string;
  legitimacy: number;
  touchpoint: string | null;
  note: string | null;
};
/** A trail step meets an actor (by key) or a touchpoint (by name); at least one of them. */
export type TrailRow = {
  line: number;
  trail: string;
  step: number;
  actor: string | null;
  touchpoint: string | null;
};

export type JourneyTable =
  | { kind: 'stages'; rows: StageRow[] }
  | { kind: 'placements'; rows: PlacementRow[] }
  | { kind: 'trails'; rows: TrailRow[] };

const SYNONYMS: Record<string, readonly string[]> = {
  journey: ['journey', 'parcours', 'persona_journey'],
  stage: ['stage', 'etape', 'step_name'],
  position: ['position', 'order', 'ordre', 'rang'],
  moment_of_truth: ['moment_of_truth', 'moment_de_verite', 'mot', 'is_moment_of_truth'],
  persona: ['persona'],
  actor: ['actor', 'acteur', 'actor_key', 'key', 'id'],
  legitimacy: ['legitimacy', 'legitimite'],
  touchpoint: ['touchpoint', 'point_de_contact'],
  note: ['note', 'notes'],
  trail: ['trail', 'parcours_observe', 'trail_id', 'session'],
  step: ['step', 'pas', 'sequence'],
};

/** Column index of each canonical name found in the header. */
function columnsOf(headers: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  headers.forEach((header, i) => {
    const name = normaliseHeader(header);
    for (const [canonical, names] of Object.entries(SYNONYMS))
      if (names.includes(name) && !found.has(canonical)) found.set(canonical, i);
  });
  return found;
}

/** The kind of journey table a header describes, or null when it is not one. */
export function journeyTableKind(headers: readonly string[]): JourneyTable['kind'] | null {
  const c = columnsOf(headers);
  if (c.has('trail') && c.has('step') && (c.has('actor') || c.has('touchpoint'))) return 'trails';
  if (c.has('journey') && c.has('stage') && c.has('actor') && c.has('legitimacy'))
    return 'placements';
  if (c.has('journey') && c.has('stage') && !c.has('actor')) return 'stages';
  return null;
}

export function readJourneyTable(table: CsvTable): JourneyTable {
  const kind = journeyTableKind(table.headers);
  if (!kind) throw importError(table.fileName, 'unknown-table', { line: 1 });
  const c = columnsOf(table.headers);
  const file = table.fileName;
  const cell = (row: readonly string[], name: string) => {
    const i = c.get(name);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const header = (name: string) => table.headers[c.get(name) ?? 0] ?? name;
  const required = (row: readonly string[], k: number, name: string) => {
    const value = cell(row, name);
    if (!value) throw importError(file, 'required', { line: table.lines[k], field: header(name) });
    if (value.length > LIMITS.name)
      throw importError(file, 'too-long', { line: table.lines[k], field: header(name) });
    return value;
  };
  const optionalText = (row: readonly string[], name: string) => cell(row, name) || null;
  const number = (
    row: readonly string[],
    k: number,
    name: string,
    range: [number, number],
    integer = false,
  ) => {
    const raw = cell(row, name);
    const value = parseNumber(raw);
    if (value === null) return null;
    const where = { line: table.lines[k], field: header(name), detail: raw };
    if (Number.isNaN(value)) throw importError(file, 'not-a-number', where);
    if (!Number.isFinite(value)) throw importError(file, 'not-finite', where);
    if (value < range[0] || value > range[1] || (integer && !Number.isInteger(value)))
      throw importError(file, 'out-of-range', where);
    return value;
  };
  const line = (k: number) => table.lines[k] ?? 0;
  // Journey, stage, touchpoint names and notes are stored as text: none may hold NUL or half a
  // surrogate pair (importedValues.ts), in any column.
  table.rows.forEach((row, k) => checkRowText(row, table.headers, file, line(k)));
  if (kind === 'stages')
    return {
      kind,
      rows: table.rows.map((row, k) => {
        const mot = parseBoolean(cell(row, 'moment_of_truth'));
        if (mot === undefined)
          throw importError(file, 'not-a-boolean', {
            line: line(k),
            field: header('moment_of_truth'),
            detail: cell(row, 'moment_of_truth'),
          });
        return {
          line: line(k),
          journey: required(row, k, 'journey'),
          stage: required(row, k, 'stage'),
          position: number(row, k, 'position', [0, 1_000], true),
          momentOfTruth: mot,
          persona: optionalText(row, 'persona'),
        };
      }),
    };
  if (kind === 'placements')
    return {
      kind,
      rows: table.rows.map((row, k) => {
        const legitimacy = number(row, k, 'legitimacy', [0, 1]);
        if (legitimacy === null)
          throw importError(file, 'required', { line: line(k), field: header('legitimacy') });
        return {
          line: line(k),
          journey: required(row, k, 'journey'),
          stage: required(row, k, 'stage'),
          actor: required(row, k, 'actor'),
          legitimacy,
          touchpoint: optionalText(row, 'touchpoint'),
          note: optionalText(row, 'note'),
        };
      }),
    };
  return {
    kind,
    rows: table.rows.map((row, k) => {
      const step = number(row, k, 'step', [0, 1_000_000], true);
      if (step === null)
        throw importError(file, 'required', { line: line(k), field: header('step') });
      const actor = optionalText(row, 'actor');
      const touchpoint = optionalText(row, 'touchpoint');
      if (!actor && !touchpoint)
        throw importError(file, 'required', {
          line: line(k),
          field: c.has('actor') ? header('actor') : header('touchpoint'),
        });
      return { line: line(k), trail: required(row, k, 'trail'), step, actor, touchpoint };
    }),
  };
}
