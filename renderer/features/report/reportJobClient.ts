import type { ApiOutput } from '../../../shared/api/contract';
import type { ReportOptions } from '../../../shared/domain/schemas';
import { fromBase64 } from '../../api/base64';
import { call } from '../../api/client';

export type ReportStatus = ApiOutput<'report:progress'>;

/** Lets the dialog stop the job it started, at the job's next poll. */
export type Stop = { stopped: boolean };

/** How often a running report is asked where it is. */
const POLL_MS = 150;

/** What became of a report: its file (name and bytes), or how it ended without one. */
export type ReportEnd =
  | { state: 'done'; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  | { state: 'cancelled' }
  | { state: 'failed'; error: string };

/**
 * Starts writing the report and follows the job to its end, handing each status to `onStatus`.
 * A stop cancels the job in the service; a stop that comes too late (the job just finished) still
 * ends as cancelled, since the user asked not to have the file. When the job is done, its bytes
 * are fetched, which also makes the service forget the job.
 */
export async function runReportJob(
  options: ReportOptions,
  onStatus: (status: ReportStatus) => void,
  stop: Stop,
): Promise<ReportEnd> {
  const { job } = await call('report:start', options);
  for (;;) {
    if (stop.stopped) {
      await call('report:cancel', { job });
      return { state: 'cancelled' };
    }
    const status = await call('report:progress', { job });
    onStatus(status);
    if (status.state === 'cancelled') return { state: 'cancelled' };
    if (status.state === 'failed') return { state: 'failed', error: status.error ?? '' };
    if (status.state === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const { base64, fileName } = await call('report:result', { job });
  if (stop.stopped) return { state: 'cancelled' };
  return { state: 'done', fileName, bytes: fromBase64(base64) };
}
