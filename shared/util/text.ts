/** Lower-case without accents, for matching "Élodie" with "elodie" in searches and filters. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Characters from U+0300 on (combining marks first) are the only ones NFC may change: a text
 * without any is already in NFC, and most keys are plain Latin, so they skip the normaliser.
 */
const MAY_CHANGE_IN_NFC = /[\u0300-\uffff]/;

/**
 * A key as it is compared: in NFC, so that "café" typed on a Mac (e + combining accent, NFD) and
 * on Windows (é, NFC) are the same key. Only comparisons use it; the text is kept as written.
 */
export const nfcKey = (text: string): string =>
  MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;

const MAYBE_INVALID = /[\0\ud800-\udfff]/;
const INVALID = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Where a text holds a character that cannot be stored as text (-1 when none): NUL, which C
 * strings (SQLite's API, many tools reading an export) end on, and half of a surrogate pair
 * (a JSON `\ud800`), which has no UTF-8 encoding. The first test is the cheap common case.
 */
export function invalidCharacterAt(text: string): number {
  if (!MAYBE_INVALID.test(text)) return -1;
  return INVALID.exec(text)?.index ?? -1;
}

// eslint-disable-next-line no-control-regex -- these are the characters looked for
const CONTROL = /[\u0001-\u001f\u007f]/;
const LINE_CONTROL = /[\t\n\v\f\r]+/g;
// eslint-disable-next-line no-control-regex -- idem
const OTHER_CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g;

/**
 * A single-line field (a name, a role, a tag) without control characters: tabs and line breaks
 * (a quoted CSV cell spanning lines) become one space, the rest (terminal escapes, bells) go.
 * Returns the text itself when it had none, so callers can tell (and say so).
 */
export function singleLine(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(LINE_CONTROL, ' ').replace(OTHER_CONTROL, '');
}
