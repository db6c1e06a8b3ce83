import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a temporary file beside a target is for: an export being written, a map being made, a
 * journal's trial replay (journalCheck.ts). */
export type TemporaryPurpose = 'write' | 'create' | 'journal-check';

/**
 * The machine, as a digest of its whole name: a folder on a network share is seen by processes of
 * several, and two machines whose names share a beginning (`laptop-paris-01`, `laptop-paris-02`)
 * must not take each other's live temporary files for their own dead ones.
 */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 16);

/**
 * A hidden name beside `target` that says who made it (machine and process), so that one left by
 * a killed process can be told from one still being written: `.<name>.~write-<host>-<pid>-<random>`.
 */
export function temporaryPath(target: string, purpose: TemporaryPurpose): string {
  const random = randomBytes(6).toString('hex');
  return join(dirname(target), `.${basename(target)}.~${purpose}-${HOST}-${process.pid}-${random}`);
}

const PATTERN = /^\..+\.~(write|create|journal-check)-([0-9a-f]+)-(\d+)-[0-9a-f]{12}(-journal)?$/;
/**
 * Left by versions before this naming: `.<name>.<random>.tmp` for an export and
 * `<name>.<random>.creating` for a new map, `<name>` always one of the files Influmap writes, so
 * that a user's own `.notes.0123456789ab.tmp` is never taken for one.
 */
const WRITTEN = '(influmap|csv|json|xlsx|gexf|graphml|gml|svg|png|pdf|html)';
const OLD_PATTERN = new RegExp(
  `^(\\..+\\.${WRITTEN}\\.[0-9a-f]{12}\\.tmp|.+\\.influmap\\.[0-9a-f]{12}\\.creating(-journal)?)$`,
);
/** A temporary file another machine made, or an old one, is an orphan after this long. */
const STALE_MS = 24 * 60 * 60 * 1000;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isOrphan(dir: string, name: string, now: number): boolean {
  const match = PATTERN.exec(name);
  if (match) {
    const [, , host, pid] = match;
    if (host === HOST) return Number(pid) !== process.pid && !processIsAlive(Number(pid));
  } else if (!OLD_PATTERN.test(name)) return false;
  try {
    return now - statSync(join(dir, name)).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Deletes the temporary files that killed processes left in `dir` (an export of 132 MB killed
 * half-way stays otherwise, hidden, holding the map's data). Best effort: a file it cannot read
 * or delete is left alone. Returns the names deleted.
 */
export function removeOrphanedTemporaries(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const now = Date.now();
  const removed: string[] = [];
  for (const name of names) {
    if (!isOrphan(dir, name, now)) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // In use on another system, or not ours to delete: left alone.
    }
  }
  return removed;
}
