import { LIMITS } from '../domain/limits';
import { importError } from './importError';

/**
 * The tokens of a GML text, read where they stand: `key value` pairs, where a value is a quoted
 * string, a number or bare word, or a list `[ … ]` that the caller reads entry by entry (or
 * skips). Nothing is built that the caller does not keep, so reading a file costs the graph it
 * holds, not a tree of every pair (an 80 MB file once took 1.5 GB that way).
 */
export type GmlScalar = string | number;

/** What `value` returns when the value is a list: its `[` is read, its entries come next. */
export const LIST = Symbol('GML list');

export type GmlScanner = {
  /** The line the scanner stands on (after `entry`, the key's line). */
  readonly line: number;
  /**
   * The next key of the list being read, or null when it ends: at its `]` inside a list, at the
   * end of the text at the top level (an unclosed list or a stray `]` is refused).
   */
  entry(inList: boolean): string | null;
  /** The value after `key`: a scalar, or LIST with its `[` read. */
  value(key: string): GmlScalar | typeof LIST;
  /** Reads the rest of a list whose `[` was read, keeping nothing; `depth` bounds nesting. */
  skipList(depth: number): void;
};

const MAX_DEPTH = 64;
/** A key longer than this is no GML key (the classic datasets' longest are a dozen letters). */
const MAX_KEY = 128;
const INTEGER = /^[-+]?\d+$/;

const isKeyStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number) => isKeyStart(c) || (c >= 48 && c <= 57);

export function gmlScanner(text: string, fileName: string): GmlScanner {
  let i = 0;
  let line = 1;
  // GML has no reason of its own: a broken structure is "no graph found", with what broke.
  const fail = (reason: 'not-a-graph' | 'too-deep' | 'too-long', detail: string): never => {
    throw importError(fileName, reason, { line, detail });
  };
  const isSpace = (c: number) =>
    c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && /\s/.test(text[i] as string));
  /** Skips blanks and `#` comments, counting lines. */
  const skip = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) line += 1;
      if (isSpace(c)) i += 1;
      else if (c === 35) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? text.length : end;
      } else return;
    }
  };

  const entry = (inList: boolean): string | null => {
    skip();
    if (i >= text.length) {
      if (inList) fail('not-a-graph', 'a [ is never closed (truncated file?)');
      return null;
    }
    if (text.charCodeAt(i) === 93) {
      if (!inList) fail('not-a-graph', 'a ] closes nothing');
      i += 1;
      return null;
    }
    const start = i;
    if (!isKeyStart(text.charCodeAt(i)))
      fail('not-a-graph', `unexpected "${text.slice(i, i + 10)}"`);
    while (i < text.length && isKeyChar(text.charCodeAt(i)) && i - start <= MAX_KEY) i += 1;
    if (i - start > MAX_KEY) fail('not-a-graph', `a key longer than ${MAX_KEY} characters`);
    return text.slice(start, i);
  };

  const value = (key: string): GmlScalar | typeof LIST => {
    skip();
    const c = text.charCodeAt(i);
    if (c === 91) {
      i += 1;
      return LIST;
    }
    if (c === 34) {
      const end = text.indexOf('"', i + 1);
      if (end === -1) fail('not-a-graph', 'a string is never closed');
      for (let k = text.indexOf('\n', i); k !== -1 && k < end; k = text.indexOf('\n', k + 1))
        line += 1;
      const string = text.slice(i + 1, end);
      i = end + 1;
      return string;
    }
    const start = i;
    while (i < text.length && i - start <= LIMITS.shortText) {
      const d = text.charCodeAt(i);
      if (d === 93 || isSpace(d)) break;
      i += 1;
    }
    if (i === start) fail('not-a-graph', `no value for ${key}`);
    if (i - start > LIMITS.shortText) fail('too-long', `the value of ${key}`);
    const token = text.slice(start, i);
    const n = Number(token);
    if (Number.isNaN(n)) return token;
    // An integer past 2^53 would be rounded, and two ids could become one: refused, not guessed.
    if (INTEGER.test(token) && !Number.isSafeInteger(n))
      throw importError(fileName, 'unsafe-integer', { line, field: key, detail: token });
    return n;
  };

  const skipList = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('too-deep', `${MAX_DEPTH} levels`);
    for (let key = entry(true); key !== null; key = entry(true))
      if (value(key) === LIST) skipList(depth + 1);
  };

  return {
    get line() {
      return line;
    },
    entry,
    value,
    skipList,
  };
}
