import { toAppErrorData, type AppErrorData } from '../../shared/api/errors';
import type { ByteSource } from '../../shared/io/byteSource';
import type { ImportJobStatus } from '../../shared/domain/schemas';
import type { MapHandle } from '../file/openMap';
import { fileError } from '../file/errors';
import { foreignKeyChecksOff } from './importFiles';
import { importSteps } from './importRun';
import { startSummary } from './importSummary';
import { readImportFiles } from './readImportFiles';

/** Work done between two turns of the event loop: progress is polled and cancel heard within it. */
const SLICE_MS = 50;

export type ImportJob = {
  status(): ImportJobStatus;
  /** Stops the import: what it wrote is rolled back, the map is as before. */
  cancel(): boolean;
  /** Settles when the job has ended, whatever the outcome (never rejects). */
  readonly done: Promise<void>;
};

/** Thrown out of the reading when the job is cancelled. */
const CANCELLED = new Error('import cancelled');

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs an import (importSteps) in slices across turns of the event loop, so that a file of
 * millions of rows reports its progress and can be cancelled while it is written. The writing is
 * still one transaction and one journal entry (journal.begin): cancelled or failed, it is rolled
 * back whole; a preview is always rolled back. While it runs, nothing else may use the map's
 * connection: the service refuses other calls (IMPORT_RUNNING). Foreign-key checks are off
 * meanwhile, as for every import (importFiles.ts says why).
 */
export function startImportJob(
  handle: MapHandle,
  sources: readonly ByteSource[],
  options: { preview: boolean },
): ImportJob {
  const bytesTotal = sources.reduce((n, s) => n + s.size, 0);
  const status: ImportJobStatus = {
    state: 'running',
    preview: options.preview,
    phase: 'reading',
    file: null,
    bytesDone: 0,
    // Reading is one pass over the files; writing reads streamed files once (tables) or twice
    // (GEXF, GraphML: nodes, then edges). Until reading has told which, the bar assumes the most,
    // so that it only ever moves forward.
    bytesTotal: 3 * bytesTotal,
    rows: 0,
    summary: null,
    error: null,
  };
  let cancelled = false;
  let transaction: { commit(): void; rollback(): void } | null = null;
  const rollback = () => {
    if (handle.db.open && handle.db.inTransaction) transaction?.rollback();
    transaction = null;
  };

  let slice = performance.now();
  /** Between two steps: a turn for the event loop once a slice of work is done. */
  const breathe = async (): Promise<boolean> => {
    if (performance.now() - slice < SLICE_MS) return true;
    await nextTurn();
    slice = performance.now();
    return !cancelled;
  };

  const run = async () => {
    // Files are checked (and those read whole parsed) before anything is written; this reading
    // reports its own progress and stops when cancelled.
    const parts = await readImportFiles(sources, async (bytesRead) => {
      status.bytesDone = bytesRead;
      if (!(await breathe())) throw CANCELLED;
    });
    const summary = startSummary(parts);
    // Reading is done; streamed files count again as they are written.
    status.bytesDone = bytesTotal;
    if (cancelled) return;
    const restoreChecks = foreignKeyChecksOff(handle.db);
    try {
      transaction = handle.journal.begin('import:apply');
      for (const progress of importSteps(handle.db, handle.journal, parts, summary)) {
        Object.assign(status, progress, {
          bytesDone: bytesTotal + progress.bytesDone,
          bytesTotal: bytesTotal + progress.bytesTotal,
        });
        if (!(await breathe())) return;
      }
      status.phase = 'saving';
      if (options.preview) rollback();
      else transaction.commit();
      transaction = null;
      status.bytesDone = status.bytesTotal;
      status.summary = summary;
      status.state = 'done';
    } finally {
      rollback();
      restoreChecks();
    }
  };

  const done = run().then(
    () => {
      if (status.state === 'running') status.state = 'cancelled';
    },
    (err: unknown) => {
      rollback();
      if (err === CANCELLED) {
        status.state = 'cancelled';
        return;
      }
      const error: AppErrorData = toAppErrorData(fileError(err, handle.path));
      status.state = cancelled ? 'cancelled' : 'failed';
      status.error = cancelled ? null : error;
    },
  );

  return {
    status: () => ({ ...status }),
    cancel() {
      if (status.state !== 'running') return false;
      cancelled = true;
      // Rolled back at once (the steps are suspended between two slices), not at the next turn:
      // a window closing must find the map as it was.
      rollback();
      return true;
    },
    done,
  };
}
