import { crc32, deflateRawSync } from 'node:zlib';

/**
 * One entry of a ZIP archive written by the tests, honest by default; each field that a hostile
 * archive lies about can be forged (the central directory's and the local header's separately).
 */
export type ZipEntrySpec = {
  name: string;
  /** The content: deflated, or stored with `method: 0`. */
  data?: Uint8Array;
  method?: number;
  /** The bytes to store as the entry's data instead of compressing `data` (a forged stream). */
  raw?: Uint8Array;
  /** What the central directory declares (default: the truth about `data`). */
  size?: number;
  compressedSize?: number;
  crc?: number;
  flags?: number;
  /** Extra field of the central directory record (a ZIP64 field, say). */
  extra?: Uint8Array;
  /** What the local header says, where it differs from the central directory. */
  local?: { name?: string; size?: number; method?: number; flags?: number };
};

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A ZIP archive of these entries; `endCount` forges the entry count of the end record. */
export function zipBytes(entries: readonly ZipEntrySpec[], options: { endCount?: number } = {}) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array();
    const method = entry.method ?? 8;
    const stored = entry.raw ?? (method === 0 ? data : deflateRawSync(data));
    const crc = entry.crc ?? crc32(data);
    const size = entry.size ?? data.length;
    const compressedSize = entry.compressedSize ?? stored.length;
    const flags = entry.flags ?? 0x0800;
    const name = Buffer.from(entry.name);
    const localName = Buffer.from(entry.local?.name ?? entry.name);
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(entry.local?.flags ?? flags),
      u16(entry.local?.method ?? method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(compressedSize),
      u32(entry.local?.size ?? size),
      u16(localName.length),
      u16(0),
      localName,
      stored,
    ]);
    const extra = Buffer.from(entry.extra ?? new Uint8Array());
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(flags),
        u16(method),
        u16(0),
        u16(0x21),
        u32(crc),
        u32(compressedSize),
        u32(size),
        u16(name.length),
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
        extra,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = options.endCount ?? entries.length;
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw DEFLATE stream that inflates to `bytes` zero bytes (a multiple of 1 MiB) from about a
 * thousandth of that: the same flushed block repeated, then an empty final block. Made without
 * ever holding the output (a 1.5 GB bomb is 1.5 MB).
 */
export function zeroBomb(bytes: number): Buffer {
  const MiB = 1024 * 1024;
  // A sync flush ends the block on a byte boundary: the same bytes can follow themselves.
  const block = deflateRawSync(Buffer.alloc(MiB), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const blocks = Array.from({ length: Math.ceil(bytes / MiB) }, () => block);
  // The final block: fixed Huffman codes holding only the end-of-block code.
  return Buffer.concat([...blocks, Buffer.from([0x03, 0x00])]);
}
