const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
export const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);

/**
 * Text from a map as it may be shown in a file others read (SVG, PDF): one line, control
 * characters dropped, and the invisible characters that reorder text — bidirectional overrides
 * and isolates, which make "Admin\u202Egnp.exe" read "Adminexe.png" — shown as a visible marker
 * such as `[U+202E]`, so that a name can never pass for another.
 */
export function displayText(text: string): string {
  const oneLine = text.replace(/[\t\r\n]+/g, ' ');
  let kept = '';
  for (const c of oneLine) if (!isControl(c.charCodeAt(0))) kept += c;
  return kept.replace(
    BIDI_CONTROLS,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
