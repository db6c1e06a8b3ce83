/**
 * Long work written as a generator yields where it may pause (how far it has got, as a number);
 * `paceSteps` lets the caller pause at each step (report progress, give the event loop a turn,
 * stop by throwing).
 */
export type Steps<R> = Generator<number, R, void>;

export async function paceSteps<R>(
  steps: Steps<R>,
  pace: (done: number) => Promise<void>,
): Promise<R> {
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await pace(next.value);
    }
  } finally {
    closeSteps(steps);
  }
}

/**
 * Ends steps left part way (their caller stopped): their own clean-up runs — a file read from
 * disk is closed. After the last step this does nothing. Steps never look at the value given to
 * `return`, hence the cast.
 */
export function closeSteps<R>(steps: Steps<R>): void {
  (steps as Generator<number, unknown, void>).return(undefined);
}
