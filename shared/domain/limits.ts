/**
 * Field limits shared by forms, the API boundary and importers, so that a value accepted in one
 * place is never refused in another.
 */
export const LIMITS = {
  name: 300,
  shortText: 200,
  notes: 20_000,
  tag: 80,
  tagsPerActor: 100,
  path: 4_096,
  listPage: 100_000,
  /** Actors a map may hold (an import from a listening tool: DESIGN.md, issue 4). */
  actorsPerMap: 1_000_000,
  /** One imported file (CSV, XML, JSON): bigger ones are refused before reading. */
  importBytes: 512 * 1024 * 1024,
  /** A file sent by the window (base64 in one call, under the browser transport's 16 MB). */
  importBytesOverApi: 11 * 1024 * 1024,
  /** Rows of one imported table. */
  importRows: 5_000_000,
  /**
   * A stored analysis (JSON, about 200 bytes per actor): under the browser transport's 16 MB body
   * limit, so maps up to about 70 000 actors keep theirs; bigger ones recompute when opened.
   */
  analysisPayload: 15 * 1024 * 1024,
  /** Relations a map may hold (ten per actor at the actor limit). */
  relationsPerMap: 10_000_000,
  /**
   * What every reader enforces as it reads (CSV, XLSX, GEXF, GraphML, GML, JSON), so that a
   * hostile file is refused by the same rule whatever its format, before it can run away with
   * memory or time.
   */
  parse: {
    /** Attributes (XML) or keys (JSON, GML) on one element. */
    attributesPerElement: 1_000,
    /** Attribute declarations of a graph file (GEXF/GraphML keys, their defaults). */
    attributeDeclarations: 1_000,
    /** Columns of a table. */
    columns: 1_000,
    /** Characters of a table's header line. */
    headerChars: 64 * 1024,
    /**
     * A file read whole as text (GML, JSON, CSV journey and mention tables): its text, the tree
     * parsed from it and the rows made of that tree are held at once (JSON: about 4 times the
     * file), and V8 cannot hold a string of 512 MB.
     */
    wholeTextBytes: 256 * 1024 * 1024,
    /** Bytes an XLSX archive may inflate to, counted on the real output, not the declared sizes. */
    inflatedBytes: 1024 * 1024 * 1024,
  },
} as const;
