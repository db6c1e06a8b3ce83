import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { UPLOAD_PIECE_BYTES } from '../../../shared/domain/schemas';
import { call } from '../../api/client';
import { toBase64 } from '../../api/base64';

export type JobStatus = ApiOutput<'import:progress'>;
export type UploadedFile = ApiInput<'import:start'>['files'][number];

/** Lets the dialog stop what it started: an upload between two pieces, a job at its next poll. */
export type Stop = { stopped: boolean };

/** How often a running import is asked where it is. */
const POLL_MS = 150;

/**
 * Sends a file to the service in pieces (never whole: a file of hundreds of megabytes would not
 * fit in one call), reporting the bytes sent. Returns the upload's id, or null when stopped.
 */
export async function uploadFile(
  file: Blob,
  onSent: (bytes: number) => void,
  stop: Stop,
): Promise<string | null> {
  let upload: string | null = null;
  for (let at = 0; at === 0 || at < file.size; at += UPLOAD_PIECE_BYTES) {
    if (stop.stopped) break;
    const piece = new Uint8Array(await file.slice(at, at + UPLOAD_PIECE_BYTES).arrayBuffer());
    upload = (await call('import:upload', { upload, base64: toBase64(piece) })).upload;
    onSent(Math.min(file.size, at + UPLOAD_PIECE_BYTES));
  }
  if (stop.stopped && upload !== null) {
    await call('import:discard', { uploads: [upload] });
    return null;
  }
  return upload;
}

/**
 * Starts an import job (or a preview) and follows it to its end, handing each status to
 * `onStatus`; a stop cancels it (the service rolls it back). Resolves with the last status.
 */
export async function runImportJob(
  files: readonly UploadedFile[],
  preview: boolean,
  onStatus: (status: JobStatus) => void,
  stop: Stop,
): Promise<JobStatus> {
  const { job } = await call('import:start', { files: [...files], preview });
  let cancelling = false;
  for (;;) {
    const status = await call('import:progress', { job });
    onStatus(status);
    if (status.state !== 'running') return status;
    if (stop.stopped && !cancelling) {
      cancelling = true;
      await call('import:cancel', { job });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
