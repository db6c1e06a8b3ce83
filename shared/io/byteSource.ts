/**
 * A file to import, read in pieces so that a big one is never held whole: from disk
 * (db/io/fileSource.ts), or from bytes the window sent.
 */
export type ByteSource = {
  readonly name: string;
  readonly size: number;
  /** The file's bytes in pieces, from the start, each time it is called. */
  pieces(): Iterable<Uint8Array>;
  /** The user's column mapping for a table Influmap did not recognise (columnMapping.ts). */
  readonly columns?: Readonly<Record<string, string>>;
};

/** Pieces of 256 KB: a few thousand rows each, between which an import reports and can stop. */
export const PIECE_BYTES = 256 * 1024;

/** Bytes held in memory, in the pieces they arrived in (an upload), never joined into one. */
export function chunkedSource(
  name: string,
  chunks: readonly Uint8Array[],
  columns?: Readonly<Record<string, string>>,
): ByteSource {
  return {
    name,
    size: chunks.reduce((n, c) => n + c.length, 0),
    ...(columns ? { columns } : {}),
    *pieces() {
      for (const chunk of chunks)
        for (let at = 0; at < chunk.length; at += PIECE_BYTES)
          yield chunk.subarray(at, at + PIECE_BYTES);
    },
  };
}

export const memorySource = (
  name: string,
  bytes: Uint8Array,
  columns?: Readonly<Record<string, string>>,
): ByteSource => chunkedSource(name, [bytes], columns);

/** A source's bytes in one array (formats read whole: XML, JSON, GML, XLSX). */
export function wholeBytes(source: ByteSource): Uint8Array {
  const all = new Uint8Array(source.size);
  let at = 0;
  for (const piece of source.pieces()) {
    // A file that grew since it was measured is read up to its measured size.
    all.set(piece.subarray(0, all.length - at), at);
    at += piece.length;
    if (at >= all.length) break;
  }
  return all.subarray(0, Math.min(at, all.length));
}
