import { importTables, type ImportFile } from '../../io/importTables';
import type { HandlerContext, HandlersOf } from './context';

const filesOf = (files: ReadonlyArray<{ name: string; base64: string }>): ImportFile[] =>
  files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));

/** Imports from the window: a preview that writes nothing, then the import as one action. */
export function importHandlers({ requireSession }: HandlerContext): HandlersOf<'import'> {
  return {
    'import:preview': ({ files }) =>
      importTables(requireSession().handle, filesOf(files), { preview: true }),
    // The service records this call as one journal entry; the import must not open another.
    'import:apply': ({ files }) =>
      importTables(requireSession().handle, filesOf(files), { preview: false, journal: false }),
  };
}
