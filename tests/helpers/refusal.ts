import { AppError, type AppErrorData } from '../../shared/api/errors';

/** What `run` refuses with (the error's data); fails the test when it does not refuse. */
export function refusalOf(run: () => unknown): AppErrorData {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err.data;
    throw err;
  }
  throw new Error('expected a refusal');
}
