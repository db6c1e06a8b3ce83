/** Where a command writes; tests pass their own to read what a command printed. */
export type Output = { out(line: string): void; err(line: string): void };

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A user error: printed as one line on stderr, exit status 1, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
