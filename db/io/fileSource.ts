import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { PIECE_BYTES, type ByteSource } from '../../shared/io/byteSource';

/**
 * A file on disk as an import source, read in pieces each time it is iterated (the CLI, the
 * benchmark): a file of hundreds of megabytes is never in memory whole. `name` (with its
 * extension) says the format; it defaults to the file's own name.
 */
export function fileSource(path: string, name: string = basename(path)): ByteSource {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError({ code: 'FILE_NOT_FOUND', file: path });
  }
  return {
    name,
    size,
    *pieces() {
      const fd = openSync(path, 'r');
      try {
        for (;;) {
          const piece = Buffer.allocUnsafe(PIECE_BYTES);
          const read = readSync(fd, piece, 0, PIECE_BYTES, null);
          if (read === 0) return;
          yield piece.subarray(0, read);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
