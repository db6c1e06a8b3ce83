/**
 * Where a command writes; tests pass their own to read what a command printed. `progress`, when
 * there, shows where long work is (one line, rewritten in place); `done` ends it.
 */
export type Output = {
  out(line: string): void;
  err(line: string): void;
  progress?: { show(line: string): void; done(): void };
};

/** Characters that reorder text when displayed (bidirectional overrides, isolates, marks). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A line as it may reach a terminal: names come from map files and imports, which others write.
 * Control characters other than tab and line feed (an escape sequence can set the window title,
 * recolour or clear the screen) and bidirectional overrides (which make "Admin\u202Egnp.exe"
 * read "Adminexe.png") are written as visible `\uXXXX` escapes. Inside a JSON string that is the
 * same escape JSON uses, so `--json` output still parses to the very same names.
 */
export function terminalSafe(line: string): string {
  let safe = '';
  for (const c of line) {
    const code = c.charCodeAt(0);
    // Tabs and line breaks lay text out (the usage, a debug stack); nothing else passes raw.
    const control = (code < 0x20 && c !== '\t' && c !== '\n') || (code >= 0x7f && code <= 0x9f);
    safe += control || BIDI.test(c) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return safe;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  // On a terminal only: a pipe or a log file gets no carriage returns.
  ...(process.stderr.isTTY
    ? {
        progress: {
          show: (line: string) => process.stderr.write(`\r\u001b[K${terminalSafe(line)}`),
          done: () => process.stderr.write('\r\u001b[K'),
        },
      }
    : {}),
};

/** A user error: printed as one line on stderr, exit status 1, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
