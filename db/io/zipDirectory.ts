import type { AppError } from '../../shared/api/errors';
import { importError } from '../../shared/io/importError';

/**
 * The entries of a ZIP archive (an XLSX workbook), found without trusting the archive: the
 * central directory is walked record by record, by signature, from where the end record says it
 * starts to where it must end; its count has to match the end record's, and each entry has to
 * match its local header (name, method, flags, sizes) and own a byte range no other entry
 * touches. Encrypted entries, ZIP64 sizes, split archives and methods other than stored and
 * deflate are refused. Nothing is decompressed here (zipReader.ts does that, counting the real
 * output).
 */
export type ZipEntry = {
  name: string;
  /** 0: stored, 8: deflate. */
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  /** The size the archive declares; the reader stops any entry that inflates past it. */
  size: number;
  /** Where the entry's local header starts, and its compressed data. */
  headerStart: number;
  dataStart: number;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/** An OLE compound file: an encrypted (password-protected) workbook, or an old .xls. */
const OLE_MAGIC = 0xe011cfd0;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
/** General-purpose flags: encrypted, data descriptor after the data, strong encryption, UTF-8. */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;

const damaged = (fileName: string, detail: string): AppError =>
  importError(fileName, 'binary', { detail: `damaged or forged XLSX (ZIP) archive: ${detail}` });
const zip64 = (fileName: string): AppError =>
  importError(fileName, 'too-large', {
    detail: 'a ZIP64 archive (over 4 GB): larger than a spreadsheet may be',
  });

/** The end-of-central-directory record: in the last 65 557 bytes, its comment ending the file. */
function findEndRecord(view: DataView, fileName: string): number {
  const length = view.byteLength;
  for (let at = length - END_RECORD_SIZE; at >= Math.max(0, length - 65_557); at -= 1)
    if (
      view.getUint32(at, true) === END_RECORD &&
      at + END_RECORD_SIZE + view.getUint16(at + 20, true) === length
    )
      return at;
  throw damaged(fileName, 'truncated (no end of central directory)');
}

export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 4 && view.getUint32(0, true) === OLE_MAGIC)
    throw importError(fileName, 'binary', {
      detail: 'an encrypted (password-protected) workbook or an old .xls file: save it as .xlsx',
    });
  if (bytes.length < END_RECORD_SIZE || view.getUint32(0, true) !== LOCAL_HEADER)
    throw importError(fileName, 'binary', { detail: 'not an XLSX (ZIP) file' });
  const end = findEndRecord(view, fileName);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) throw zip64(fileName);
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const countOnDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff)
    throw zip64(fileName);
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count)
    throw damaged(fileName, 'a split (multi-volume) archive');
  if (directoryStart + directorySize !== end)
    throw damaged(fileName, 'the central directory is not where the end record says');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  for (let at = directoryStart; at < end;) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_HEADER)
      throw damaged(fileName, `no directory record at byte ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next =
      at + CENTRAL_HEADER_SIZE + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > end) throw damaged(fileName, 'a directory record runs past the directory');
    const flags = view.getUint16(at + 8, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), flags);
    const entry = centralEntry(view, at, name, fileName);
    if (hasZip64Field(view, at + 46 + nameLength, extraLength)) throw zip64(fileName);
    if (names.has(name)) throw damaged(fileName, `two entries named ${name}`);
    names.add(name);
    entries.push(entry);
    at = next;
  }
  // The end record's count is checked, never trusted: a count that hides entries is a forgery.
  if (entries.length !== count)
    throw damaged(
      fileName,
      `the end record lists ${count} entries, the central directory holds ${entries.length}`,
    );
  checkNoOverlap(entries, directoryStart, fileName);
  return entries;
}

const decodeName = (raw: Uint8Array, flags: number): string =>
  new TextDecoder(flags & FLAG_UTF8 ? 'utf-8' : 'latin1').decode(raw);

function hasZip64Field(view: DataView, from: number, length: number): boolean {
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true))
    if (view.getUint16(at, true) === ZIP64_EXTRA) return true;
  return false;
}

/** One central directory record, cross-checked with its local header. */
function centralEntry(view: DataView, at: number, name: string, fileName: string): ZipEntry {
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc = view.getUint32(at + 16, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const localAt = view.getUint32(at + 42, true);
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
    throw importError(fileName, 'binary', {
      detail: `${name} is encrypted (a password-protected workbook)`,
    });
  if (compressedSize === 0xffffffff || size === 0xffffffff || localAt === 0xffffffff)
    throw zip64(fileName);
  if (method !== 0 && method !== 8)
    throw importError(fileName, 'binary', {
      detail: `${name} is compressed with method ${method} (only stored and deflate are read)`,
    });
  if (view.getUint16(at + 34, true) !== 0)
    throw damaged(fileName, 'a split (multi-volume) archive');
  if (method === 0 && compressedSize !== size)
    throw damaged(fileName, `${name} is stored but declares ${size} bytes in ${compressedSize}`);

  // The local header must say the same as the central directory.
  const mismatch = (what: string) =>
    damaged(fileName, `${name}: its local header and the central directory disagree on ${what}`);
  if (
    localAt + LOCAL_HEADER_SIZE > view.byteLength ||
    view.getUint32(localAt, true) !== LOCAL_HEADER
  )
    throw damaged(fileName, `no local header for ${name}`);
  const localFlags = view.getUint16(localAt + 6, true);
  const localNameLength = view.getUint16(localAt + 26, true);
  const dataStart =
    localAt + LOCAL_HEADER_SIZE + localNameLength + view.getUint16(localAt + 28, true);
  if (dataStart > view.byteLength) throw damaged(fileName, `${name} is truncated`);
  const localName = decodeName(
    new Uint8Array(view.buffer, view.byteOffset + localAt + LOCAL_HEADER_SIZE, localNameLength),
    localFlags,
  );
  if (localName !== name) throw mismatch('the name');
  if (view.getUint16(localAt + 8, true) !== method) throw mismatch('the compression method');
  if ((localFlags ^ flags) & (FLAG_ENCRYPTED | FLAG_DESCRIPTOR | FLAG_STRONG_ENCRYPTION))
    throw mismatch('the flags');
  const local = [14, 18, 22].map((offset) => view.getUint32(localAt + offset, true));
  if (local[1] === 0xffffffff || local[2] === 0xffffffff) throw zip64(fileName);
  // With a data descriptor the local header may leave the CRC and sizes at zero.
  const central = [crc, compressedSize, size];
  if (local.some((v, i) => v !== central[i] && !(flags & FLAG_DESCRIPTOR && v === 0)))
    throw mismatch('the sizes or the CRC');
  return { name, method, crc, compressedSize, size, headerStart: localAt, dataStart };
}

/** Each entry's data lies before the directory and after the previous entry's. */
function checkNoOverlap(entries: readonly ZipEntry[], directoryStart: number, fileName: string) {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  let free = 0;
  for (const entry of sorted) {
    if (entry.headerStart < free) throw damaged(fileName, `${entry.name} overlaps another entry`);
    free = entry.dataStart + entry.compressedSize;
    if (free > directoryStart) throw damaged(fileName, `${entry.name} is truncated`);
  }
}
