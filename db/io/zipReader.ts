import { crc32 } from 'node:zlib';
import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/importError';
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { Inflater, InflateError } from './zipInflate';

export type { ZipEntry } from './zipDirectory';

/** A piece of an entry's real output, and how much of its compressed data was read for it. */
export type InflatedPiece = { bytes: Uint8Array; compressedRead: number };

export type ZipArchive = {
  readonly fileName: string;
  entry(name: string): ZipEntry | undefined;
  /**
   * An entry's real output, piece by piece (a stored entry in 64 KB pieces, a deflated one as the
   * inflater hands it over, a few MB at most per compressed piece). Refused as it comes: past the
   * size the entry declares or past the archive's cap, damaged data, a CRC that does not match.
   * Leaving the loop early reads no further.
   */
  read(entry: ZipEntry): Generator<InflatedPiece, void, void>;
};

const STORED_PIECE = 64 * 1024;

/**
 * A ZIP archive (an XLSX workbook) whose entries are read without trusting it (zipDirectory.ts
 * finds them). The real output is capped twice, on what inflating really gives, never on what
 * the archive says: each entry stops at the size it declares, and the declared sizes must add up
 * to less than `inflatedBytes` (LIMITS.parse.inflatedBytes; tests pass less). The output is
 * counted once per entry however often it is read (a sheet's header, then its rows).
 */
export function openZip(
  bytes: Uint8Array,
  fileName: string,
  inflatedBytes: number = LIMITS.parse.inflatedBytes,
): ZipArchive {
  const entries = readZipDirectory(bytes, fileName);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > inflatedBytes)
    throw importError(fileName, 'too-large', { detail: `declares ${declared} bytes uncompressed` });
  const byName = new Map(entries.map((e) => [e.name, e]));
  /** The most real output each entry has given, and their sum. */
  const reached = new Map<ZipEntry, number>();
  let total = 0;
  const bomb = (detail: string) => importError(fileName, 'zip-bomb', { detail });

  const count = (entry: ZipEntry, output: number) => {
    if (output > entry.size)
      throw bomb(`${entry.name} inflates past the ${entry.size} bytes it declares`);
    const before = reached.get(entry) ?? 0;
    if (output <= before) return;
    total += output - before;
    reached.set(entry, output);
    if (total > inflatedBytes) throw bomb(`more than ${inflatedBytes} bytes inflated`);
  };

  function* read(entry: ZipEntry): Generator<InflatedPiece, void, void> {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let output = 0;
    let crc = 0;
    const take = (piece: Uint8Array) => {
      output += piece.length;
      count(entry, output);
      crc = crc32(piece, crc);
    };
    if (entry.method === 0)
      for (let at = 0; at < data.length; at += STORED_PIECE) {
        const piece = data.subarray(at, at + STORED_PIECE);
        take(piece);
        yield { bytes: piece, compressedRead: at + piece.length };
      }
    else {
      const inflater = new Inflater(data);
      for (;;) {
        let piece: Uint8Array | null;
        try {
          piece = inflater.next();
        } catch (err) {
          if (!(err instanceof InflateError)) throw err;
          throw importError(fileName, 'binary', {
            detail: `${entry.name} is damaged (${err.message})`,
          });
        }
        if (piece === null) break;
        take(piece);
        yield { bytes: piece, compressedRead: inflater.bytesRead };
      }
    }
    if (output !== entry.size)
      throw importError(fileName, 'binary', {
        detail: `${entry.name} inflates to ${output} bytes, not the ${entry.size} it declares`,
      });
    if (crc >>> 0 !== entry.crc)
      throw importError(fileName, 'binary', { detail: `${entry.name} is damaged (CRC)` });
  }

  return { fileName, entry: (name) => byName.get(name), read };
}
