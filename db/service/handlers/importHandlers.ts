import { importFiles, type ImportFile } from '../../io/importFiles';
import type { ImportJobs } from '../importJobs';
import type { HandlerContext, HandlersOf } from './context';

const filesOf = (
  files: ReadonlyArray<{ name: string; base64: string; columns?: Record<string, string> }>,
): ImportFile[] =>
  files.map((f) => ({
    name: f.name,
    bytes: new Uint8Array(Buffer.from(f.base64, 'base64')),
    ...(f.columns ? { columns: f.columns } : {}),
  }));

/**
 * Imports from the window. Small files: a preview that writes nothing, then the import as one
 * action, each in one call. Any file: uploaded in pieces, then previewed and imported as jobs that
 * report their progress and can be cancelled (importJobs.ts).
 */
export function importHandlers(
  { requireSession }: HandlerContext,
  jobs: ImportJobs,
): HandlersOf<'import'> {
  return {
    'import:preview': ({ files }) =>
      importFiles(requireSession().handle, filesOf(files), { preview: true }),
    // Not a "mutating" method for the service (reading an XLSX is asynchronous, and a
    // transaction cannot span an await): the import records its own journal entry once the
    // files are read, so it is still one undoable action.
    'import:apply': ({ files }) =>
      importFiles(requireSession().handle, filesOf(files), { preview: false }),
    'import:upload': ({ upload, base64 }) => jobs.upload(upload, Buffer.from(base64, 'base64')),
    'import:start': ({ files, preview }) => jobs.start(requireSession().handle, files, preview),
    'import:progress': ({ job }) => jobs.progress(job),
    'import:cancel': ({ job }) => ({ cancelled: jobs.cancel(job) }),
    'import:discard': ({ uploads }) => ({ discarded: jobs.discard(uploads) }),
  };
}
