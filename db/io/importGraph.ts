import { actorFieldsOf, type ActorFields } from '../../shared/io/actorFields';
import type { ImportedEdge, ImportedGraph, ImportedNode } from '../../shared/io/graphModel';
import { importError } from '../../shared/io/csv';
import type { JournaledTable } from '../migrations';
import type { ActorDataRow } from '../repositories/actorRows';
import type { SqliteDatabase } from '../sqlite';
import { createSettingsRepository } from '../repositories/settingsRepository';

export type GraphCounts = {
  actors: { created: number; updated: number; unchanged: number };
  relations: { created: number; updated: number; unchanged: number };
  communities: number;
  positions: number;
  /** What was adjusted to fit the model, counted: said in the preview, never silent. */
  notes: string[];
};

/** The relation type of an edge with none: a tie whose nature the file does not say. */
export const UNTYPED_RELATION = 'related';

export const emptyGraphCounts = (): GraphCounts => ({
  actors: { created: 0, updated: 0, unchanged: 0 },
  relations: { created: 0, updated: 0, unchanged: 0 },
  communities: 0,
  positions: 0,
  notes: [],
});

type GraphPart = { graph: ImportedGraph; fileName: string };

/**
 * Runs inserts of fresh rows into one table, journaled as one range (db/journal/journal.ts
 * `bulkInsert`): a big import does not copy each new row into the undo journal.
 */
export type BulkInsert = (table: JournaledTable, insert: () => void) => void;

/**
 * Writes imported graphs into the map (inside the caller's transaction). Actors are matched by
 * key (the identifier the file gives each node), so importing again updates instead of
 * duplicating; relations by source, target and type (the n-th such edge of the file matches the
 * n-th such relation). Edges may name actors the map already has; an edge naming a node that
 * neither the files nor the map know is refused with its line. Positions go to the default view.
 */
export function writeGraphs(
  db: SqliteDatabase,
  parts: readonly GraphPart[],
  counts: GraphCounts,
  bulk: BulkInsert,
): void {
  const settings = createSettingsRepository(db);
  const relationTypes = new Set(settings.get().relationTypes);
  const addedTypes: string[] = [];
  const actorByKey = new Map(
    db
      .prepare<[], { id: number; key: string }>('SELECT id, key FROM actors')
      .all()
      .map((a) => [a.key, a.id]),
  );
  const actorRow = db.prepare<[number], Omit<ActorDataRow, 'id' | 'key'>>(
    'SELECT name, kind, role, stance, offline_stance, reach, resonance, country, notes, tags, custom FROM actors WHERE id = ?',
  );
  const insertActor = db.prepare(
    `INSERT INTO actors (key, name, kind, role, stance, offline_stance, reach, resonance, country, notes, tags, custom, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateActor = db.prepare(
    `UPDATE actors SET name = ?, kind = ?, role = ?, stance = ?, offline_stance = ?, reach = ?, resonance = ?, country = ?,
       notes = ?, tags = ?, custom = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  const communityByName = new Map(
    db
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM communities')
      .all()
      .map((c) => [c.name, c.id]),
  );
  const insertCommunity = db.prepare("INSERT INTO communities (name, origin) VALUES (?, 'manual')");
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const positions: Array<[number, number, number]> = [];

  const writeActor = (node: ImportedNode, fields: ActorFields, source: string) => {
    const known = actorByKey.get(node.key);
    const custom = fields.custom;
    if (known === undefined) {
      const id = Number(
        insertActor.run(
          node.key,
          fields.name,
          fields.kind ?? 'influencer',
          fields.role ?? null,
          fields.stance ?? 0,
          fields.offlineStance ?? null,
          fields.reach ?? null,
          fields.resonance ?? null,
          fields.country ?? null,
          fields.notes ?? null,
          JSON.stringify(fields.tags ?? []),
          JSON.stringify(custom),
          source,
        ).lastInsertRowid,
      );
      actorByKey.set(node.key, id);
      counts.actors.created += 1;
      return id;
    }
    const row = actorRow.get(known);
    if (!row) return known;
    const next = {
      name: node.label === null ? row.name : fields.name,
      kind: fields.kind ?? row.kind,
      role: fields.role ?? row.role,
      stance: fields.stance ?? row.stance,
      offline_stance: fields.offlineStance ?? row.offline_stance,
      reach: fields.reach ?? row.reach,
      resonance: fields.resonance ?? row.resonance,
      country: fields.country ?? row.country,
      notes: fields.notes ?? row.notes,
      tags: fields.tags ? JSON.stringify(fields.tags) : row.tags,
      custom: JSON.stringify({ ...(JSON.parse(row.custom) as object), ...custom }),
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).some((k) => next[k] !== row[k]);
    if (changed) {
      updateActor.run(
        next.name,
        next.kind,
        next.role,
        next.stance,
        next.offline_stance,
        next.reach,
        next.resonance,
        next.country,
        next.notes,
        next.tags,
        next.custom,
        known,
      );
      counts.actors.updated += 1;
    } else counts.actors.unchanged += 1;
    return known;
  };

  // Nodes first, all files: an edge list may come before the node list it refers to. New
  // actors go in as one range; actors the map has (and a key declared twice) are updates.
  const entries = parts.flatMap(({ graph, fileName }) =>
    graph.nodes.map((node) => ({ node, fileName, fields: actorFieldsOf(node, fileName) })),
  );
  const inserted = new Set<number>();
  bulk('actors', () =>
    entries.forEach((e, i) => {
      if (actorByKey.has(e.node.key)) return;
      writeActor(e.node, e.fields, e.fileName);
      inserted.add(i);
    }),
  );
  const declared = new Set<string>();
  let twice = 0;
  entries.forEach((e, i) => {
    if (declared.has(e.node.key)) twice += 1;
    declared.add(e.node.key);
    if (!inserted.has(i)) writeActor(e.node, e.fields, e.fileName);
  });
  for (const e of entries)
    for (const name of e.fields.communities ?? [])
      if (!communityByName.has(name)) {
        communityByName.set(name, Number(insertCommunity.run(name).lastInsertRowid));
        counts.communities += 1;
      }
  bulk('community_members', () => {
    for (const e of entries) {
      const id = actorByKey.get(e.node.key);
      if (id === undefined) continue;
      for (const name of e.fields.communities ?? [])
        addMember.run(communityByName.get(name) ?? null, id);
    }
  });
  for (const e of entries) {
    const id = actorByKey.get(e.node.key);
    if (id !== undefined && e.node.x !== undefined && e.node.y !== undefined)
      positions.push([id, e.node.x, e.node.y]);
  }

  const existing = new Map<string, number[]>();
  for (const r of db
    .prepare<[], { id: number; source_id: number; target_id: number; type: string }>(
      'SELECT id, source_id, target_id, type FROM relations ORDER BY id',
    )
    .iterate()) {
    const key = `${r.source_id}>${r.target_id}>${r.type}`;
    const list = existing.get(key);
    if (list) list.push(r.id);
    else existing.set(key, [r.id]);
  }
  const relationRow = db.prepare<
    [number],
    { weight: number; directed: number; evidence: string | null; observed_on: string | null }
  >('SELECT weight, directed, evidence, observed_on FROM relations WHERE id = ?');
  const insertRelation = db.prepare(
    'INSERT INTO relations (source_id, target_id, type, directed, weight, evidence, observed_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updateRelation = db.prepare(
    'UPDATE relations SET directed = ?, weight = ?, evidence = ?, observed_on = ? WHERE id = ?',
  );
  const used = new Map<string, number>();
  let adjustedWeights = 0;
  let droppedAttributes = new Set<string>();
  // Types as the map spells them, matched ignoring case; each distinct spelling resolved once.
  const byLowerCase = new Map([...relationTypes].map((t) => [t.toLowerCase(), t]));
  const resolvedType = new Map<string, string>();
  const typeOf = (edge: ImportedEdge): string => {
    const given = edge.type ?? '';
    const cached = resolvedType.get(given);
    if (cached !== undefined) return cached;
    const raw = given.trim().slice(0, 80);
    const type = raw ? (byLowerCase.get(raw.toLowerCase()) ?? raw) : UNTYPED_RELATION;
    resolvedType.set(given, type);
    return type;
  };
  // An edge list imported alone (no node list anywhere) names its actors by key: they are
  // created, as Gephi does. With node lists, an edge to an undeclared node is a mistake.
  const edgesOnly = parts.every((p) => p.graph.nodes.length === 0);
  if (edgesOnly)
    bulk('actors', () => {
      for (const { graph, fileName } of parts)
        for (const edge of graph.edges)
          for (const key of [edge.source, edge.target])
            if (!actorByKey.has(key))
              writeActor({ key, label: null, attributes: {} }, { name: key, custom: {} }, fileName);
    });
  // New relations go in as one range; with none in the map yet (a first import), directly.
  const fresh: Array<[number, number, string, number, number, string | null, string | null]> = [];
  const firstImport = existing.size === 0;
  const addRelation = (row: (typeof fresh)[number]) => {
    if (firstImport) insertRelation.run(...row);
    else fresh.push(row);
    counts.relations.created += 1;
  };
  const edgeLoop = () => {
    for (const { graph, fileName } of parts)
      for (const edge of graph.edges) {
        const source = actorByKey.get(edge.source);
        const target = actorByKey.get(edge.target);
        if (source === undefined || target === undefined)
          throw importError(fileName, 'unknown-node', {
            line: edge.line,
            field: source === undefined ? 'source' : 'target',
            detail: source === undefined ? edge.source : edge.target,
          });
        const type = typeOf(edge);
        if (!relationTypes.has(type)) {
          relationTypes.add(type);
          addedTypes.push(type);
        }
        let weight = edge.weight ?? 1;
        if (!(weight > 0) || !Number.isFinite(weight)) {
          weight = 1;
          adjustedWeights += 1;
        }
        const { evidence, observedOn } = edge.attributes;
        for (const name in edge.attributes)
          if (name !== 'evidence' && name !== 'observedOn') droppedAttributes.add(name);
        const evidenceText = typeof evidence === 'string' ? evidence : null;
        const observed =
          edge.observedOn ?? (typeof observedOn === 'string' ? observedOn.slice(0, 10) : null);
        // Into a map without relations (a first import), every edge is new: no matching to do.
        let match: number | undefined;
        if (existing.size > 0) {
          const key = `${source}>${target}>${type}`;
          const n = used.get(key) ?? 0;
          used.set(key, n + 1);
          match = existing.get(key)?.[n];
        }
        if (match === undefined) {
          addRelation([
            source,
            target,
            type,
            edge.directed ? 1 : 0,
            weight,
            evidenceText,
            observed,
          ]);
          continue;
        }
        const row = relationRow.get(match);
        const directed = edge.directed ? 1 : 0;
        if (
          row &&
          (row.weight !== weight ||
            row.directed !== directed ||
            (evidenceText !== null && row.evidence !== evidenceText) ||
            (observed !== null && row.observed_on !== observed))
        ) {
          updateRelation.run(
            directed,
            weight,
            evidenceText ?? row.evidence,
            observed ?? row.observed_on,
            match,
          );
          counts.relations.updated += 1;
        } else counts.relations.unchanged += 1;
      }
  };
  if (firstImport) {
    // A first import of many relations builds the two relation indexes once, at the end, rather
    // than row by row (the same statements as migration 1, so the schema is unchanged).
    const many = parts.reduce((n, p) => n + p.graph.edges.length, 0) > 10_000;
    if (many) db.exec('DROP INDEX relations_source_idx; DROP INDEX relations_target_idx;');
    bulk('relations', edgeLoop);
    if (many)
      db.exec(
        'CREATE INDEX relations_source_idx ON relations (source_id); CREATE INDEX relations_target_idx ON relations (target_id);',
      );
  } else {
    edgeLoop();
    bulk('relations', () => {
      for (const row of fresh) insertRelation.run(...row);
    });
  }

  if (twice > 0) counts.notes.push(`${twice} node id declared twice: merged into one actor each`);
  if (addedTypes.length > 0) {
    settings.set({ relationTypes: [...relationTypes] });
    counts.notes.push(`relation types added: ${addedTypes.slice(0, 10).join(', ')}`);
  }
  if (adjustedWeights > 0)
    counts.notes.push(`${adjustedWeights} edge weights that were not positive numbers set to 1`);
  droppedAttributes = new Set(
    [...droppedAttributes].filter((a) => !['id', 'label', 'key'].includes(a)),
  );
  if (droppedAttributes.size > 0)
    counts.notes.push(
      `edge attributes not kept (relations hold type, weight, direction, evidence and date): ${[...droppedAttributes].slice(0, 10).join(', ')}`,
    );
  if (positions.length > 0) {
    let view = db
      .prepare<[], { id: number }>(
        'SELECT id FROM saved_views ORDER BY is_default DESC, id LIMIT 1',
      )
      .get()?.id;
    if (view === undefined)
      view = Number(
        db
          .prepare(
            "INSERT INTO saved_views (name, layout, is_default) VALUES ('Overview', 'force', 1)",
          )
          .run().lastInsertRowid,
      );
    const place = db.prepare(
      'INSERT INTO view_positions (view_id, actor_id, x, y) VALUES (?, ?, ?, ?) ON CONFLICT (view_id, actor_id) DO UPDATE SET x = excluded.x, y = excluded.y',
    );
    for (const [actor, x, y] of positions) place.run(view, actor, x, y);
    counts.positions = positions.length;
  }
}
