import { LIMITS } from '../../shared/domain/limits';
import { actorFieldsOf, type ActorFields } from '../../shared/io/actorFields';
import { importError } from '../../shared/io/importError';
import { checkEdge, checkNode } from '../../shared/io/importedValues';
import { nfcKey } from '../../shared/util/text';
import type { ImportedEdge, ImportedNode } from '../../shared/io/graphModel';
import type { ActorDataRow } from '../repositories/actorRows';
import { createSettingsRepository } from '../repositories/settingsRepository';
import type { SqliteDatabase } from '../sqlite';
import { createKeyIndex } from '../../shared/util/keyIndex';
import { relationMatcher } from './relationMatcher';

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

/** The tables a graph import inserts into, parents first (for the journal's ranges). */
export const GRAPH_TABLES = ['actors', 'communities', 'community_members', 'relations'] as const;

export type GraphWriter = {
  /** Writes one node as an actor (created, or updated by its key). */
  node(node: ImportedNode, fileName: string): void;
  /** After the nodes of every file and before any edge: an edge list may come first. */
  endNodes(): void;
  /** Writes one edge as a relation (created, or updated when it matches one). */
  edge(edge: ImportedEdge, fileName: string): void;
  /** Rebuilds what was set aside, writes positions and says what was adjusted. */
  finish(): void;
};

/**
 * Writes imported graphs into the map, one node or edge at a time so that files can stream
 * (inside the caller's transaction). Actors are matched by key (the identifier the file gives each
 * node), so importing again updates instead of duplicating; relations by source, target and type
 * (relationMatcher.ts). An edge may name an actor the map already has; an edge naming a node that
 * neither the files nor the map know is refused with its line — unless no file has a node list,
 * in which case its actors are created, as Gephi does. Every reference is looked up here, which
 * is what lets the import run with SQLite's foreign-key checks off (importRun.ts).
 */
export function createGraphWriter(
  db: SqliteDatabase,
  counts: GraphCounts,
  now: string,
  /** What a map may hold; tests pass small ones. */
  limits: { actors: number; relations: number } = {
    actors: LIMITS.actorsPerMap,
    relations: LIMITS.relationsPerMap,
  },
): GraphWriter {
  const settings = createSettingsRepository(db);
  const relationTypes = new Set(settings.get().relationTypes);
  const addedTypes: string[] = [];
  // Looked up twice per edge: a key index rather than a Map (shared/util/keyIndex.ts).
  const actors = db.prepare<[], { id: number; key: string }>('SELECT id, key FROM actors').all();
  const actorByKey = createKeyIndex(actors.length);
  // Keys are matched in NFC (keyIndex.ts) and kept as first written; the few not written in NFC
  // are remembered, to tell when a key meets its other spelling (said in the notes).
  const otherForm = new Map<number, string>();
  for (const a of actors) {
    actorByKey.set(a.key, a.id);
    if (nfcKey(a.key) !== a.key) otherForm.set(a.id, a.key);
  }
  /** Relations the map may still take (`limits.relations`), counted when edges begin. */
  let relationRoom = 0;
  let respelled = 0;
  let respelledExample = '';
  /** Whether `key` found actor `id` under another spelling of the same key (NFC and NFD). */
  const spelledOtherwise = (key: string, id: number): boolean => {
    const nfc = nfcKey(key);
    if (nfc === key && !otherForm.has(id)) return false;
    const stored = otherForm.get(id) ?? nfc;
    if (stored === key) return false;
    respelled += 1;
    if (respelledExample === '') respelledExample = nfc;
    return true;
  };
  const actorRow = db.prepare<[number], Omit<ActorDataRow, 'id' | 'key'>>(
    'SELECT name, kind, role, stance, offline_stance, reach, resonance, country, notes, tags, custom FROM actors WHERE id = ?',
  );
  const insertActor = db.prepare(
    `INSERT INTO actors (key, name, kind, role, stance, offline_stance, reach, resonance, country, notes, tags, custom, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateActor = db.prepare(
    `UPDATE actors SET name = ?, kind = ?, role = ?, stance = ?, offline_stance = ?, reach = ?, resonance = ?, country = ?,
       notes = ?, tags = ?, custom = ?, updated_at = ? WHERE id = ?`,
  );
  // Community names matched in NFC too: "Cafés" typed on a Mac is the same community.
  const communityByName = new Map(
    db
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM communities')
      .all()
      .map((c) => [nfcKey(c.name), c.id]),
  );
  const insertCommunity = db.prepare(
    "INSERT INTO communities (name, origin, created_at) VALUES (?, 'manual', ?)",
  );
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const positions: Array<[number, number, number]> = [];
  const declared = createKeyIndex();
  let twice = 0;
  const adjusted = { controlCharacters: 0 };

  const writeActor = (
    node: ImportedNode,
    fields: ActorFields,
    source: string,
    known = actorByKey.get(node.key),
  ): number => {
    const custom = fields.custom;
    if (known === undefined) {
      // The limit holds however the actors arrive (a streamed sheet of 4 million rows included).
      if (actors.length + counts.actors.created >= limits.actors)
        throw importError(source, 'too-many-actors', {
          ...(node.line === undefined ? {} : { line: node.line }),
          detail: `more than ${limits.actors}`,
        });
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
          now,
          now,
        ).lastInsertRowid,
      );
      actorByKey.set(node.key, id);
      if (nfcKey(node.key) !== node.key) otherForm.set(id, node.key);
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
        now,
        known,
      );
      counts.actors.updated += 1;
    } else counts.actors.unchanged += 1;
    return known;
  };

  let relations: ReturnType<typeof relationMatcher> | null = null;
  let edgesOnly = false;
  let adjustedWeights = 0;
  const droppedAttributes = new Set<string>();
  // Types as the map spells them, matched ignoring case; each distinct spelling resolved once.
  const byLowerCase = new Map([...relationTypes].map((t) => [nfcKey(t.toLowerCase()), t]));
  const resolvedType = new Map<string, string>();
  const typeOf = (edge: ImportedEdge): string => {
    const given = edge.type ?? '';
    const cached = resolvedType.get(given);
    if (cached !== undefined) return cached;
    const raw = given.trim().slice(0, 80);
    const type = raw ? (byLowerCase.get(nfcKey(raw.toLowerCase())) ?? raw) : UNTYPED_RELATION;
    if (!relationTypes.has(type)) {
      relationTypes.add(type);
      addedTypes.push(type);
      byLowerCase.set(nfcKey(type.toLowerCase()), type);
    }
    resolvedType.set(given, type);
    return type;
  };
  const endpoint = (key: string, field: string, edge: ImportedEdge, fileName: string): number => {
    const id = actorByKey.get(key);
    if (id !== undefined) {
      spelledOtherwise(key, id);
      return id;
    }
    if (edgesOnly)
      return writeActor({ key, label: null, attributes: {} }, { name: key, custom: {} }, fileName);
    throw importError(fileName, 'unknown-node', { line: edge.line, field, detail: key });
  };

  return {
    node(node, fileName) {
      checkNode(node, fileName);
      const fields = actorFieldsOf(node, fileName, adjusted);
      const known = actorByKey.get(node.key);
      const respelling = known !== undefined && spelledOtherwise(node.key, known);
      if (declared.has(node.key) && !respelling) twice += 1;
      declared.set(node.key, 1);
      const id = writeActor(node, fields, fileName, known);
      for (const name of fields.communities ?? []) {
        let community = communityByName.get(nfcKey(name));
        if (community === undefined) {
          community = Number(insertCommunity.run(name, now).lastInsertRowid);
          communityByName.set(nfcKey(name), community);
          counts.communities += 1;
        }
        addMember.run(community, id);
      }
      if (node.x !== undefined && node.y !== undefined) positions.push([id, node.x, node.y]);
    },

    endNodes() {
      edgesOnly = declared.size === 0;
      relationRoom =
        limits.relations -
        (db.prepare<[], { n: number }>('SELECT count(*) AS n FROM relations').get()?.n ?? 0);
      relations = relationMatcher(db, now);
    },

    edge(edge, fileName) {
      if (relations === null) throw new Error('graph writer: edges before endNodes');
      checkEdge(edge, fileName);
      const source = endpoint(edge.source, 'source', edge, fileName);
      const target = endpoint(edge.target, 'target', edge, fileName);
      let weight = edge.weight ?? 1;
      if (!(weight > 0) || !Number.isFinite(weight)) {
        weight = 1;
        adjustedWeights += 1;
      }
      let evidence: string | null = null;
      let observedOn = edge.observedOn;
      for (const name in edge.attributes) {
        const value = edge.attributes[name];
        if (name === 'evidence' && typeof value === 'string') evidence = value;
        else if (name === 'observedOn' && typeof value === 'string')
          observedOn ??= value.slice(0, 10);
        else droppedAttributes.add(name);
      }
      if (counts.relations.created >= relationRoom)
        throw importError(fileName, 'too-many-relations', {
          ...(edge.line === undefined ? {} : { line: edge.line }),
          detail: `more than ${limits.relations}`,
        });
      const outcome = relations.write(source, target, typeOf(edge), {
        directed: edge.directed ? 1 : 0,
        weight,
        evidence,
        observedOn,
      });
      counts.relations[outcome] += 1;
    },

    finish() {
      relations?.finish();
      if (twice > 0)
        counts.notes.push(`${twice} node id declared twice: merged into one actor each`);
      if (respelled > 0)
        counts.notes.push(
          `${respelled} times a key was written in another Unicode form than the actor's (é as one character, or as e and an accent): taken as that same actor (first: ${respelledExample})`,
        );
      if (adjusted.controlCharacters > 0)
        counts.notes.push(
          `${adjusted.controlCharacters} actors had control characters (tabs, line breaks, escapes) in their name or other one-line fields: line breaks and tabs became spaces, the others were removed`,
        );
      if (addedTypes.length > 0) {
        settings.set({ relationTypes: [...relationTypes] });
        counts.notes.push(`relation types added: ${addedTypes.slice(0, 10).join(', ')}`);
      }
      if (adjustedWeights > 0)
        counts.notes.push(
          `${adjustedWeights} edge weights that were not positive numbers set to 1`,
        );
      const dropped = [...droppedAttributes].filter((a) => !['id', 'label', 'key'].includes(a));
      if (dropped.length > 0)
        counts.notes.push(
          `edge attributes not kept (relations hold type, weight, direction, evidence and date): ${dropped.slice(0, 10).join(', ')}`,
        );
      if (positions.length > 0) writePositions(db, positions);
      counts.positions = positions.length;
    },
  };
}

/** Positions go to the map's default view (created if the map has none). */
function writePositions(db: SqliteDatabase, positions: ReadonlyArray<[number, number, number]>) {
  let view = db
    .prepare<[], { id: number }>('SELECT id FROM saved_views ORDER BY is_default DESC, id LIMIT 1')
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
}
