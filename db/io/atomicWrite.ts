import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileError } from '../file/errors';
import { removeOrphanedTemporaries, temporaryPath } from '../file/temporaryFiles';

/**
 * Writes `data` to `path` so that readers see the old file or the new one, never a half-written
 * one (RELIABILITY.md G11, S-05): a temporary file beside it, flushed to disk, then renamed over.
 * What killed writers left in that folder goes first.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  removeOrphanedTemporaries(dirname(path));
  const temporary = temporaryPath(path, 'write');
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length)
        written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    // A full disk, a read-only folder: a sentence naming the file, not a stack trace.
    throw fileError(err, path);
  }
}
