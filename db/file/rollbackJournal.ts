import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reading SQLite's rollback journal (`<map>-journal`) with plain file I/O, before SQLite sees it
 * (sqlite.org/fileformat2.html#the_rollback_journal). A journal has no salt tying it to its
 * database, so this reads what can be compared with the map instead: the page size, and the
 * original image of page 1 with its change counter (journal.ts rewrites page 1 in every action
 * so that every journal the app leaves carries it).
 */

/** The 8 bytes a hot journal starts with; a journal whose header is zeroed is inert. */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
/** Offsets in the database header (page 1). */
export const DB_HEADER = { pageSize: 16, changeCounter: 24, applicationId: 68 } as const;

export type JournalHeader = {
  /** Page records in the first segment (0xFFFFFFFF: as many as the file holds). */
  records: number;
  /** Pages the database had when the interrupted transaction began. */
  initialPages: number;
  sectorSize: number;
  pageSize: number;
};

export type JournalState =
  | { kind: 'none' }
  /** Empty, short or zeroed: SQLite will never replay it (it may still hold old pages). */
  | { kind: 'inert' }
  /** Looks hot: SQLite would replay it into the map at the next open. */
  | { kind: 'hot'; header: JournalHeader; pageOne: Buffer | null };

export const journalPathOf = (mapPath: string): string => `${mapPath}-journal`;

/** The database page size as the header stores it (1 stands for 65 536). */
export function pageSizeOf(header: Buffer): number {
  const raw = header.readUInt16BE(DB_HEADER.pageSize);
  return raw === 1 ? 65_536 : raw;
}

const validPageSize = (n: number) => n >= 512 && n <= 65_536 && (n & (n - 1)) === 0;

/** What lies beside `mapPath` as its journal, read without SQLite. */
export function readJournalState(mapPath: string): JournalState {
  let fd: number;
  try {
    fd = openSync(journalPathOf(mapPath), 'r');
  } catch {
    return { kind: 'none' };
  }
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(28);
    if (readSync(fd, head, 0, 28, 0) < 28 || !head.subarray(0, 8).equals(JOURNAL_MAGIC))
      return { kind: 'inert' };
    const header: JournalHeader = {
      records: head.readUInt32BE(8),
      initialPages: head.readUInt32BE(16),
      sectorSize: head.readUInt32BE(20),
      pageSize: head.readUInt32BE(24),
    };
    return { kind: 'hot', header, pageOne: pageOneImage(fd, size, header) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The original image of page 1 if the journal's first segment holds it. Records follow the
 * header, padded to a sector: a page number, the page, a checksum.
 */
function pageOneImage(fd: number, size: number, header: JournalHeader): Buffer | null {
  const { sectorSize, pageSize } = header;
  if (!validPageSize(pageSize) || sectorSize < 32 || sectorSize > 65_536) return null;
  const recordSize = pageSize + 8;
  const available = Math.floor((size - sectorSize) / recordSize);
  const count = header.records === 0xffffffff ? available : Math.min(header.records, available);
  const number = Buffer.alloc(4);
  for (let k = 0; k < count; k += 1) {
    const at = sectorSize + k * recordSize;
    readSync(fd, number, 0, 4, at);
    if (number.readUInt32BE(0) !== 1) continue;
    const page = Buffer.alloc(pageSize);
    readSync(fd, page, 0, pageSize, at + 4);
    return page;
  }
  return null;
}
