/**
 * Raw DEFLATE (RFC 1951) decoded piece by piece, synchronously: `next()` gives the next piece of
 * output (at most CHUNK bytes), so a caller counts the real output as it comes and stops a
 * "zip bomb" after the first piece past its limit, whatever the archive declares.
 *
 * Why not node:zlib: its streams are asynchronous, while an import writes rows inside one
 * synchronous transaction (importRun.ts); its synchronous calls inflate a whole entry at once
 * (the output the cap is meant to prevent), and cannot resume a stream.
 */

/** Damaged DEFLATE data (the ZIP reader turns it into a refusal naming the file). */
export class InflateError extends Error {}

/** Back-references reach at most this far. */
const WINDOW = 32 * 1024;
/** Output handed over per piece. */
const CHUNK = 64 * 1024;
const MAX_MATCH = 258;
/** Bytes the decoder may read past the end while peeking at a code (zeros), not consume. */
const PEEK_PAST_END = 4;

// prettier-ignore
const LENGTH_BASE = Uint16Array.of(
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
);
// prettier-ignore
const LENGTH_EXTRA = Uint8Array.of(
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
);
// prettier-ignore
const DIST_BASE = Uint16Array.of(
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
);
// prettier-ignore
const DIST_EXTRA = Uint8Array.of(
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
);
/** The order in which a dynamic block lists its code-length code lengths. */
// prettier-ignore
const CODE_LENGTH_ORDER = Uint8Array.of(
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
);

/**
 * A Huffman code as a lookup table indexed by the next `bits` input bits (least significant
 * first): each entry is `symbol << 4 | code length`, 0 where no code starts with those bits.
 */
type Table = { codes: Uint32Array; bits: number };

function buildTable(lengths: Uint8Array): Table {
  const counts = new Uint16Array(16);
  for (const length of lengths) counts[length] = (counts[length] ?? 0) + 1;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len += 1) {
    left = (left << 1) - (counts[len] ?? 0);
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  let bits = 15;
  while (bits > 1 && counts[bits] === 0) bits -= 1;
  const next = new Uint16Array(16);
  for (let len = 1, code = 0; len <= 15; len += 1) {
    code = (code + (counts[len - 1] ?? 0)) << 1;
    next[len] = code;
  }
  const codes = new Uint32Array(1 << bits);
  lengths.forEach((len, symbol) => {
    if (len === 0) return;
    const code = next[len] ?? 0;
    next[len] = code + 1;
    let reversed = 0;
    for (let k = 0; k < len; k += 1) reversed |= ((code >>> k) & 1) << (len - 1 - k);
    for (let at = reversed; at < codes.length; at += 1 << len) codes[at] = (symbol << 4) | len;
  });
  return { codes, bits };
}

const FIXED_LITERALS = buildTable(
  Uint8Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)),
);
const FIXED_DISTANCES = buildTable(new Uint8Array(32).fill(5));

export class Inflater {
  private ip = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private lastBlock = false;
  private done = false;
  private mode: 'header' | 'stored' | 'huffman' = 'header';
  private storedLeft = 0;
  private literals: Table = FIXED_LITERALS;
  private distances: Table = FIXED_DISTANCES;
  /** Output, after the last WINDOW bytes of what was handed over (for back-references). */
  private readonly out = new Uint8Array(WINDOW + CHUNK + MAX_MATCH);
  private pos = 0;
  private handedFrom = 0;

  constructor(private readonly input: Uint8Array) {}

  /** Compressed bytes consumed so far (for progress). */
  get bytesRead(): number {
    return Math.min(this.ip, this.input.length);
  }

  /** The next piece of output (a copy), or null once the stream has ended. */
  next(): Uint8Array | null {
    const limit = WINDOW + CHUNK;
    while (this.pos < limit && !this.done) {
      if (this.mode === 'header') this.readHeader();
      else if (this.mode === 'stored') this.copyStored(limit);
      else this.decodeHuffman(limit);
    }
    if (this.pos === this.handedFrom) return null;
    const piece = this.out.slice(this.handedFrom, this.pos);
    if (this.pos > WINDOW) {
      this.out.copyWithin(0, this.pos - WINDOW, this.pos);
      this.pos = WINDOW;
    }
    this.handedFrom = this.pos;
    return piece;
  }

  private byte(): number {
    const b = this.ip < this.input.length ? (this.input[this.ip] as number) : 0;
    this.ip += 1;
    if (this.ip > this.input.length + PEEK_PAST_END) throw new InflateError('truncated data');
    return b;
  }

  private bits(n: number): number {
    while (this.bitCount < n) {
      this.bitBuffer |= this.byte() << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << n) - 1);
    this.bitBuffer >>>= n;
    this.bitCount -= n;
    return value;
  }

  private symbol(table: Table): number {
    while (this.bitCount < table.bits) {
      this.bitBuffer |= this.byte() << this.bitCount;
      this.bitCount += 8;
    }
    const entry = table.codes[this.bitBuffer & ((1 << table.bits) - 1)] ?? 0;
    if (entry === 0) throw new InflateError('invalid Huffman code');
    this.bitBuffer >>>= entry & 15;
    this.bitCount -= entry & 15;
    return entry >>> 4;
  }

  private readHeader(): void {
    if (this.lastBlock) {
      // The bytes really consumed (what was peeked at past the end is given back).
      if (this.ip - (this.bitCount >> 3) > this.input.length)
        throw new InflateError('truncated data');
      this.done = true;
      return;
    }
    this.lastBlock = this.bits(1) === 1;
    const type = this.bits(2);
    if (type === 0) {
      this.bits(this.bitCount & 7);
      const length = this.bits(16);
      if (this.bits(16) !== (~length & 0xffff)) throw new InflateError('damaged stored block');
      this.ip -= this.bitCount >> 3;
      this.bitBuffer = 0;
      this.bitCount = 0;
      this.storedLeft = length;
      this.mode = 'stored';
    } else if (type === 1) {
      this.literals = FIXED_LITERALS;
      this.distances = FIXED_DISTANCES;
      this.mode = 'huffman';
    } else if (type === 2) {
      this.readDynamicTables();
      this.mode = 'huffman';
    } else throw new InflateError('invalid block type');
  }

  private readDynamicTables(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new InflateError('too many codes');
    const codeLengths = new Uint8Array(19);
    for (let k = 0; k < codeLengthCount; k += 1)
      codeLengths[CODE_LENGTH_ORDER[k] as number] = this.bits(3);
    const codeLengthTable = buildTable(codeLengths);
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let k = 0; k < lengths.length;) {
      const symbol = this.symbol(codeLengthTable);
      if (symbol < 16) {
        lengths[k] = symbol;
        k += 1;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (symbol === 16) {
        if (k === 0) throw new InflateError('a repeated length with nothing before');
        value = lengths[k - 1] as number;
        repeat = 3 + this.bits(2);
      } else repeat = symbol === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      if (k + repeat > lengths.length) throw new InflateError('too many code lengths');
      lengths.fill(value, k, k + repeat);
      k += repeat;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    this.literals = buildTable(lengths.subarray(0, literalCount));
    this.distances = buildTable(lengths.subarray(literalCount));
  }

  private copyStored(limit: number): void {
    const n = Math.min(this.storedLeft, limit - this.pos);
    if (this.ip + n > this.input.length) throw new InflateError('truncated data');
    this.out.set(this.input.subarray(this.ip, this.ip + n), this.pos);
    this.ip += n;
    this.pos += n;
    this.storedLeft -= n;
    if (this.storedLeft === 0) this.mode = 'header';
  }

  /** The hot loop: symbols until the block ends or a piece of output is full (state in locals). */
  private decodeHuffman(limit: number): void {
    const { input, out } = this;
    const end = input.length;
    const past = end + PEEK_PAST_END;
    const literals = this.literals.codes;
    const literalMask = (1 << this.literals.bits) - 1;
    const distances = this.distances.codes;
    const distanceMask = (1 << this.distances.bits) - 1;
    let { ip, bitBuffer, bitCount, pos } = this;
    try {
      while (pos < limit) {
        while (bitCount < 15) {
          bitBuffer |= (ip < end ? (input[ip] as number) : 0) << bitCount;
          ip += 1;
          bitCount += 8;
        }
        if (ip > past) throw new InflateError('truncated data');
        let entry = literals[bitBuffer & literalMask] as number;
        if (entry === 0) throw new InflateError('invalid literal/length code');
        bitBuffer >>>= entry & 15;
        bitCount -= entry & 15;
        const symbol = entry >>> 4;
        if (symbol < 256) {
          out[pos] = symbol;
          pos += 1;
          continue;
        }
        if (symbol === 256) {
          this.mode = 'header';
          break;
        }
        const lengthCode = symbol - 257;
        if (lengthCode >= 29) throw new InflateError('invalid length code');
        let length = LENGTH_BASE[lengthCode] as number;
        const lengthBits = LENGTH_EXTRA[lengthCode] as number;
        while (bitCount < 15 + lengthBits) {
          bitBuffer |= (ip < end ? (input[ip] as number) : 0) << bitCount;
          ip += 1;
          bitCount += 8;
        }
        length += bitBuffer & ((1 << lengthBits) - 1);
        bitBuffer >>>= lengthBits;
        bitCount -= lengthBits;
        entry = distances[bitBuffer & distanceMask] as number;
        if (entry === 0) throw new InflateError('invalid distance code');
        bitBuffer >>>= entry & 15;
        bitCount -= entry & 15;
        const distanceCode = entry >>> 4;
        if (distanceCode >= 30) throw new InflateError('invalid distance code');
        const distanceBits = DIST_EXTRA[distanceCode] as number;
        while (bitCount < distanceBits) {
          bitBuffer |= (ip < end ? (input[ip] as number) : 0) << bitCount;
          ip += 1;
          bitCount += 8;
        }
        const distance =
          (DIST_BASE[distanceCode] as number) + (bitBuffer & ((1 << distanceBits) - 1));
        bitBuffer >>>= distanceBits;
        bitCount -= distanceBits;
        if (distance > pos) throw new InflateError('a back-reference before the start');
        if (ip > past) throw new InflateError('truncated data');
        for (let from = pos - distance, stop = pos + length; pos < stop; pos += 1, from += 1)
          out[pos] = out[from] as number;
      }
    } finally {
      this.ip = ip;
      this.bitBuffer = bitBuffer;
      this.bitCount = bitCount;
      this.pos = pos;
    }
  }
}
