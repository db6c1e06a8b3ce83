import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real graphs with known communities in ../shared/fixtures/real (see each SOURCE.md). */
export const REAL = join(process.cwd(), '..', 'shared', 'fixtures', 'real');
/** Small ones copied here with their SOURCE.md, so that a clone alone can run their tests. */
const COPIED = join(process.cwd(), 'tests', 'fixtures', 'ground-truth');

/** Where a derived CSV of `folder` is: the copy in tests/fixtures, else ../shared (or null). */
export function groundTruthFile(folder: string, file: string): string | null {
  for (const candidate of [join(COPIED, folder, file), join(REAL, folder, 'derived', file)])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** RFC-4180 rows (quoted fields may hold commas and doubled quotes); enough for the derived CSVs. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

export type LabelledGraph = {
  /** Node ids as the file gives them (numbers). */
  nodes: number[];
  /** Ground-truth label of each node, in `nodes` order. */
  truth: string[];
  sourceId: number[];
  targetId: number[];
  weight: number[];
  directed: boolean[];
};

/** A derived nodes/edges CSV pair; `labelColumn` names the ground-truth column. */
export function readLabelledGraph(
  folder: string,
  name: string,
  labelColumn: string,
): LabelledGraph {
  const read = (file: string) => {
    const path = groundTruthFile(folder, file);
    if (!path) throw new Error(`${file}: not in tests/fixtures nor in ../shared/fixtures/real`);
    return csvRows(readFileSync(path, 'utf8'));
  };
  const nodeRows = read(`${name}.nodes.csv`);
  const edgeRows = read(`${name}.edges.csv`);
  const header = nodeRows[0] ?? [];
  const label = header.indexOf(labelColumn);
  if (label < 0) throw new Error(`${name}.nodes.csv has no ${labelColumn} column`);
  const edgeHeader = edgeRows[0] ?? [];
  const weightColumn = edgeHeader.indexOf('weight');
  const body = edgeRows.slice(1);
  return {
    nodes: nodeRows.slice(1).map((r) => Number(r[0])),
    truth: nodeRows.slice(1).map((r) => r[label] ?? ''),
    sourceId: body.map((r) => Number(r[0])),
    targetId: body.map((r) => Number(r[1])),
    weight: body.map((r) => (weightColumn >= 0 ? Number(r[weightColumn]) : 1)),
    directed: body.map(() => false),
  };
}

/**
 * Normalised mutual information between two labellings of the same items (0: independent,
 * 1: identical up to renaming), with the arithmetic-mean normalisation.
 */
export function nmi(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
  const n = a.length;
  const joint = new Map<string, number>();
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const x = String(a[i]);
    const y = String(b[i]);
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
    const key = JSON.stringify([x, y]);
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const entropy = (m: Map<string, number>) =>
    -[...m.values()].reduce((s, c) => s + (c / n) * Math.log(c / n), 0);
  let mutual = 0;
  for (const [key, c] of joint) {
    const [x, y] = JSON.parse(key) as [string, string];
    mutual += (c / n) * Math.log((c * n) / ((ca.get(x) ?? 1) * (cb.get(y) ?? 1)));
  }
  const h = (entropy(ca) + entropy(cb)) / 2;
  return h === 0 ? 1 : mutual / h;
}
