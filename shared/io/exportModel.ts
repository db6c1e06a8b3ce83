/**
 * The map as the data exports write it: actors by key with their fields, communities and custom
 * fields, their position in the default view; relations by the keys of their ends. Every writer
 * (GEXF, GraphML, CSV, XLSX, JSON) writes this, and the importers read it back into the same map.
 */
export type ExportedActor = {
  key: string;
  name: string;
  kind: string;
  role: string | null;
  stance: number;
  offlineStance: number | null;
  reach: number | null;
  resonance: number | null;
  country: string | null;
  tags: string[];
  notes: string | null;
  communities: string[];
  custom: Record<string, unknown>;
  x: number | null;
  y: number | null;
};

export type ExportedRelation = {
  source: string;
  target: string;
  type: string;
  directed: boolean;
  weight: number;
  evidence: string | null;
  observedOn: string | null;
};

export type ExportedMap = { name: string; actors: ExportedActor[]; relations: ExportedRelation[] };

/**
 * A number a file can say, else null. A map is a file anyone can edit with sqlite3, and SQLite
 * stores Infinity in a REAL column (and in an INTEGER one, as a REAL), while SVG, GEXF, GraphML
 * and JSON have no way to write it: every writer puts numbers through this.
 */
export const finiteOrNull = (n: unknown): number | null =>
  typeof n === 'number' && Number.isFinite(n) ? n : null;

/** A value as an export writes it: numbers that are not finite are left out (null). */
export const writable = (value: unknown): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? null : value;

/** One file each; CSV is two (nodes and edges, the canonical tables). */
export const DATA_FORMATS = ['gexf', 'graphml', 'json', 'xlsx', 'nodes.csv', 'edges.csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** The actors' custom fields that are scalars, by name, in first-seen order (columns, keys). */
export function customColumns(actors: readonly ExportedActor[]): string[] {
  const seen = new Set<string>();
  for (const a of actors)
    for (const [k, v] of Object.entries(a.custom))
      if (['string', 'number', 'boolean'].includes(typeof v) && !RESERVED.has(k)) seen.add(k);
  return [...seen];
}

/** The canonical actor fields every export writes, in this order (DESIGN.md §5 names). */
export const ACTOR_FIELDS = [
  'kind',
  'role',
  'stance',
  'offline_stance',
  'reach',
  'resonance',
  'country',
  'tags',
  'notes',
  'community',
] as const;

/**
 * An actor's canonical fields as named columns, in the order of ACTOR_FIELDS; absent values are
 * null (writers leave them out), multi-values joined with `|`.
 */
export function actorFields(a: ExportedActor): Array<[string, string | number | null]> {
  const values: Record<(typeof ACTOR_FIELDS)[number], string | number | null> = {
    kind: a.kind,
    role: a.role,
    stance: a.stance,
    offline_stance: a.offlineStance,
    reach: a.reach,
    resonance: a.resonance,
    country: a.country,
    tags: a.tags.length > 0 ? a.tags.join('|') : null,
    notes: a.notes,
    community: a.communities.length > 0 ? a.communities.join('|') : null,
  };
  return ACTOR_FIELDS.map((name) => [name, values[name]]);
}

/** Columns the canonical layout already has: a custom field of that name is not repeated. */
const RESERVED = new Set<string>(['id', 'label', ...ACTOR_FIELDS, 'x', 'y']);
