import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { MAP_EXTENSION } from '../file/mapFormat';

export type PathPolicyOptions = {
  /** The maps folder: where browser mode creates and opens maps. */
  mapsDir: string;
  /** The desktop app opens any `.influmap` file the user drops on its window. */
  openAnyMapFile: boolean;
  /** Maps the user opened before (the recent list, kept by the service, not the window). */
  recentPaths(): readonly string[];
};

/**
 * The real path of `path`, following links, for a file that may not exist yet: its nearest
 * existing folder resolved, the rest appended (so a link inside the maps folder that points
 * elsewhere does not count as inside).
 */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(realPathOf(folder), realPathOf(path));
  // `..name.influmap` is a file inside; `..` and `../x` are outside.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Which paths a window may create or open a map at. The window is untrusted (a page that went
 * wrong must not write a file anywhere the user can write), so a path it sends must be one the
 * user chose: inside the maps folder; picked in a native dialog or passed by the system (file
 * association, command line), which the host grants; or a map the user opened before.
 */
export function createPathPolicy(options: PathPolicyOptions) {
  const granted = new Set<string>();
  const refuse = (path: string) =>
    new AppError({ code: 'PATH_NOT_ALLOWED', file: path, detail: options.mapsDir });

  return {
    /** A path the user chose outside the window: a dialog's answer, a file the system opened. */
    grant(path: string): void {
      granted.add(resolve(path));
    },

    assertCanCreate(path: string): void {
      const absolute = resolve(path);
      if (granted.has(absolute)) return;
      if (!absolute.toLowerCase().endsWith(MAP_EXTENSION) || !isInside(options.mapsDir, absolute))
        throw refuse(path);
    },

    assertCanOpen(path: string): void {
      const absolute = resolve(path);
      if (granted.has(absolute) || options.recentPaths().includes(absolute)) return;
      if (options.openAnyMapFile && absolute.toLowerCase().endsWith(MAP_EXTENSION)) return;
      if (!isInside(options.mapsDir, absolute)) throw refuse(path);
    },
  };
}

export type PathPolicy = ReturnType<typeof createPathPolicy>;
