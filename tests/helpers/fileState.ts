import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** sha256 of a file's bytes: "left byte-identical" is asserted by comparing two of these. */
export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The sidecar files SQLite could have made beside `path` (-journal, -wal, -shm). */
export function sidecars(path: string): string[] {
  const dir = dirname(path);
  if (!existsSync(dir)) return [];
  const name = basename(path);
  return readdirSync(dir).filter(
    (f) => f !== name && f.startsWith(name) && /-(journal|wal|shm)$/.test(f),
  );
}
