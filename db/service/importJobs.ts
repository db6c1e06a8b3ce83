import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import type { ImportJobStatus } from '../../shared/domain/schemas';
import { chunkedSource } from '../../shared/io/byteSource';
import { importError } from '../../shared/io/importError';
import type { MapHandle } from '../file/openMap';
import { startImportJob, type ImportJob } from '../io/importJob';

/** Uploads kept at once: as many as the files of one import. */
const MAX_UPLOADS = 20;

const newId = () => randomBytes(9).toString('base64url');

/**
 * The imports of one window: files uploaded in pieces (kept in memory only — the map's data never
 * goes to a temporary file), and the import jobs started from them. At most one job runs at a time
 * (`running`): the service refuses other calls meanwhile.
 */
export function createImportJobs() {
  const uploads = new Map<string, Buffer[]>();
  const jobs = new Map<string, ImportJob>();
  let current: ImportJob | null = null;

  const jobOf = (id: string): ImportJob => {
    const job = jobs.get(id);
    if (!job) throw new AppError({ code: 'NOT_FOUND', detail: `import ${id}` });
    return job;
  };

  return {
    running: (): boolean => current !== null && current.status().state === 'running',

    upload(id: string | null, piece: Buffer): { upload: string; bytes: number } {
      const upload = id ?? newId();
      const chunks = id === null ? [] : uploads.get(id);
      if (!chunks) throw new AppError({ code: 'NOT_FOUND', detail: `upload ${upload}` });
      // Uploads a closed dialog did not discard are dropped, oldest first.
      const oldest = uploads.keys().next();
      if (id === null && uploads.size >= MAX_UPLOADS && !oldest.done) uploads.delete(oldest.value);
      const bytes = chunks.reduce((n, c) => n + c.length, 0) + piece.length;
      // Refused as it grows, before the whole file has been sent.
      if (bytes > LIMITS.importBytes)
        throw importError(upload, 'too-large', { detail: `${bytes} bytes` });
      chunks.push(piece);
      uploads.set(upload, chunks);
      return { upload, bytes };
    },

    start(
      handle: MapHandle,
      files: ReadonlyArray<{ name: string; upload: string; columns?: Record<string, string> }>,
      preview: boolean,
    ): { job: string } {
      if (current !== null && current.status().state === 'running')
        throw new AppError({ code: 'IMPORT_RUNNING' });
      const sources = files.map((f) => {
        const chunks = uploads.get(f.upload);
        if (!chunks) throw new AppError({ code: 'NOT_FOUND', detail: `upload ${f.upload}` });
        return chunkedSource(f.name, chunks, f.columns);
      });
      const job = startImportJob(handle, sources, { preview });
      const id = newId();
      jobs.clear();
      jobs.set(id, job);
      current = job;
      // An import that was written has no more use for its files.
      void job.done.then(() => {
        if (!preview && job.status().state === 'done')
          for (const f of files) uploads.delete(f.upload);
      });
      return { job: id };
    },

    progress: (id: string): ImportJobStatus => jobOf(id).status(),
    cancel: (id: string): boolean => jobOf(id).cancel(),

    discard(ids: readonly string[]): number {
      let n = 0;
      for (const id of ids) if (uploads.delete(id)) n += 1;
      return n;
    },

    /** The map is closing or changing: a running import is rolled back, uploads forgotten. */
    reset(): void {
      current?.cancel();
      current = null;
      jobs.clear();
      uploads.clear();
    },
  };
}
export type ImportJobs = ReturnType<typeof createImportJobs>;
