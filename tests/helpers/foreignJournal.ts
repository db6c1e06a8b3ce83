/**
 * A journal SQLite would take as hot: its magic, one record, and a page size of 8 KB (a map's
 * pages are 4 KB), as a journal from another database would have. Beside a map, it is refused
 * (FOREIGN_JOURNAL: page size).
 */
export function foreignJournal(): Buffer {
  const journal = Buffer.alloc(512 + 8192 + 8);
  Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]).copy(journal, 0);
  journal.writeUInt32BE(1, 8);
  journal.writeUInt32BE(0x1234, 12);
  journal.writeUInt32BE(3, 16);
  journal.writeUInt32BE(512, 20);
  journal.writeUInt32BE(8192, 24);
  journal.writeUInt32BE(2, 512);
  journal.fill(0x41, 516, 516 + 8192);
  return journal;
}
