import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/importError';

/**
 * A workbook's shared strings (the text of its cells, each stored once), held compactly: their
 * UTF-8 bytes end to end in one growing buffer, with their offsets. Millions of strings as
 * JavaScript strings would cost several times their size (and each could keep the piece of XML
 * it was cut from alive); this costs their size plus four bytes each, under a cap.
 */
export type SharedStrings = {
  readonly count: number;
  /** The string at `index`, or undefined when there is none. */
  get(index: number): string | undefined;
};

/** The most UTF-8 bytes of shared strings a workbook may hold. */
export const SHARED_STRING_BYTES = 256 * 1024 * 1024;
/** The most shared strings a workbook may hold (two per row of the largest importable table). */
export const SHARED_STRING_COUNT = 2 * LIMITS.importRows;
/** Strings are kept in blocks of this size (grown block by block, never copied). */
const BLOCK = 4 * 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A growable array of offsets (addresses: block × BLOCK + offset in the block). */
function offsets() {
  let values = new Uint32Array(64 * 1024);
  return {
    at: (index: number) => values[index] as number,
    set(index: number, value: number) {
      if (index === values.length) {
        const grown = new Uint32Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[index] = value;
    },
  };
}

export function sharedStringStore(fileName: string): {
  add(text: string): void;
  strings: SharedStrings;
} {
  const blocks: Uint8Array[] = [];
  let block = new Uint8Array(0);
  let used = 0;
  let total = 0;
  const starts = offsets();
  const ends = offsets();
  let count = 0;
  const tooMany = (detail: string) => importError(fileName, 'too-large', { detail });
  return {
    add(text) {
      if (count >= SHARED_STRING_COUNT)
        throw tooMany(`more than ${SHARED_STRING_COUNT} shared strings`);
      // A UTF-16 code unit takes at most three UTF-8 bytes; the XML reader bounds a text's length.
      if (text.length * 3 > BLOCK)
        throw importError(fileName, 'too-long', { detail: 'a shared string' });
      if (used + text.length * 3 > block.length) {
        block = new Uint8Array(BLOCK);
        blocks.push(block);
        used = 0;
      }
      const written = encoder.encodeInto(text, block.subarray(used)).written;
      total += written;
      if (total > SHARED_STRING_BYTES)
        throw tooMany(`shared strings over ${SHARED_STRING_BYTES} bytes`);
      const base = (blocks.length - 1) * BLOCK;
      starts.set(count, base + used);
      used += written;
      ends.set(count, base + used);
      count += 1;
    },
    strings: {
      get count() {
        return count;
      },
      get(index) {
        if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
        const start = starts.at(index);
        const blockIndex = Math.floor(start / BLOCK);
        const base = blockIndex * BLOCK;
        const inBlock = blocks[blockIndex] as Uint8Array;
        return decoder.decode(inBlock.subarray(start - base, ends.at(index) - base));
      },
    },
  };
}
