/**
 * Whether a file read in pieces is valid UTF-8, and if not, where its first bad byte is (line and
 * column, 1-based, the column in characters of that line as JavaScript counts them) and how much
 * of it is valid multi-byte UTF-8 — what tells a UTF-8 file with a stray byte (refused) from a
 * Windows-1252 file, whose accented letters stand alone (csv.ts decides). Valid pieces go
 * through the platform's decoder; only from the first bad piece on are bytes looked at one by
 * one, so a valid file costs one decoding pass and a count of its line breaks.
 */
export type Utf8Verdict =
  | { valid: true; bom: boolean }
  | {
      valid: false;
      bom: boolean;
      line: number;
      column: number;
      /** The first bad byte's value. */
      byte: number;
      /** Bytes that valid multi-byte sequences add over one per character (é: 1, €: 2). */
      multiByte: number;
      /** Invalid sequences (each maximal invalid run of a sequence counts once). */
      invalid: number;
    };

export type Utf8Check = { push(piece: Uint8Array): void; end(): Utf8Verdict };

/** Length of the sequence a lead byte starts (0: not a lead byte), and its second byte's range. */
function leadOf(b: number): [length: number, low: number, high: number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** The bytes at the end of `bytes` that start a sequence still incomplete there. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) return new Uint8Array();
    const [length] = leadOf(b);
    if (length > 0) return length > back ? bytes.slice(bytes.length - back) : new Uint8Array();
  }
  return new Uint8Array();
}

const LF = 0x0a;

export function createUtf8Check(): Utf8Check {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  /** Characters of the current line read so far. */
  let column = 0;
  let multiByte = 0;
  let invalid = 0;
  let first: { line: number; column: number; byte: number } | null = null;
  /** The last bytes of the previous piece while valid; the unfinished sequence once scanning. */
  let carry: Uint8Array = new Uint8Array();
  let scanning = false;
  /** Bytes pushed so far, and the first three of them (a BOM?). */
  let pushed = 0;
  let head: Uint8Array = new Uint8Array();
  const bom = () => head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;

  const countText = (text: string) => {
    let at = text.indexOf('\n');
    if (at === -1) {
      column += text.length;
      return;
    }
    let last = at;
    while (at !== -1) {
      line += 1;
      last = at;
      at = text.indexOf('\n', at + 1);
    }
    column = text.length - last - 1;
  };

  const bad = (byte: number) => {
    invalid += 1;
    first ??= { line, column: column + 1, byte };
    column += 1;
  };

  /**
   * Looks at the bytes one by one (`offset`: where they start in the file), keeping an
   * unfinished sequence at the end for the next piece. A BOM is no character of the first line.
   */
  const scan = (bytes: Uint8Array, offset: number) => {
    let i = offset === 0 && bom() ? 3 : 0;
    while (i < bytes.length) {
      const b = bytes[i] ?? 0;
      if (b < 0x80) {
        if (b === LF) {
          line += 1;
          column = 0;
        } else column += 1;
        i += 1;
        continue;
      }
      const [length, low, high] = leadOf(b);
      if (length === 0) {
        bad(b);
        i += 1;
        continue;
      }
      let k = 1;
      while (k < length && i + k < bytes.length) {
        const c = bytes[i + k] ?? 0;
        if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) break;
        k += 1;
      }
      if (k === length) {
        multiByte += length === 4 ? 2 : length - 1;
        column += length === 4 ? 2 : 1;
        i += length;
      } else if (i + k === bytes.length) {
        carry = bytes.slice(i);
        return;
      } else {
        bad(b);
        i += k;
      }
    }
    carry = new Uint8Array();
  };

  const joined = (a: Uint8Array, b: Uint8Array) => {
    if (a.length === 0) return b;
    const all = new Uint8Array(a.length + b.length);
    all.set(a);
    all.set(b, a.length);
    return all;
  };

  return {
    push(piece) {
      if (head.length < 3) head = joined(head, piece.subarray(0, 3 - head.length));
      const before = pushed;
      pushed += piece.length;
      if (!scanning) {
        try {
          const text = decoder.decode(piece, { stream: true });
          multiByte += piece.length - text.length;
          countText(text);
          carry = (piece.length >= 3 ? piece : joined(carry, piece)).slice(-3);
          return;
        } catch {
          scanning = true;
          carry = incompleteTail(carry);
        }
      }
      scan(joined(carry, piece), before - carry.length);
    },
    end() {
      if (!scanning) {
        try {
          decoder.decode();
          return { valid: true, bom: bom() };
        } catch {
          carry = incompleteTail(carry);
        }
      }
      if (carry.length > 0) bad(carry[0] ?? 0);
      if (first === null) return { valid: true, bom: bom() };
      return { valid: false, bom: bom(), ...first, multiByte, invalid };
    },
  };
}
