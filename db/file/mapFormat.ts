/** `PRAGMA application_id` of every map: the bytes "INFM" read as a big-endian integer. */
export const APPLICATION_ID = 0x494e464d;

/** The extension of map files. */
export const MAP_EXTENSION = '.influmap';

/** The 16 bytes every SQLite 3 database file starts with. */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Offsets of the header fields we read before trusting a file (sqlite.org/fileformat2.html). */
export const HEADER_OFFSETS = { userVersion: 60, applicationId: 68 } as const;
export const HEADER_SIZE = 100;
