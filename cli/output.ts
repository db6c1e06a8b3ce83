/**
 * Where a command writes; tests pass their own to read what a command printed. `progress`, when
 * there, shows where long work is (one line, rewritten in place); `done` ends it.
 */
export type Output = {
  out(line: string): void;
  err(line: string): void;
  progress?: { show(line: string): void; done(): void };
};

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // On a terminal only: a pipe or a log file gets no carriage returns.
  ...(process.stderr.isTTY
    ? {
        progress: {
          show: (line: string) => process.stderr.write(`\r\u001b[K${line}`),
          done: () => process.stderr.write('\r\u001b[K'),
        },
      }
    : {}),
};

/** A user error: printed as one line on stderr, exit status 1, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
