import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentMap } from '../../shared/domain/schemas';

const MAX_RECENT = 12;
const StoredSchema = z.object({
  maps: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).max(100),
});
type Stored = z.infer<typeof StoredSchema>;

/**
 * The recent-maps list, a small JSON file in the user data folder. A missing, unreadable or
 * hand-mangled file reads as an empty list: it is a convenience, never a reason to fail.
 */
export function createRecentMaps(userDataDir: string) {
  const file = join(userDataDir, 'recent-maps.json');

  const read = (): Stored['maps'] => {
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data.maps : [];
    } catch {
      return [];
    }
  };

  // Written to a temporary file and renamed, so a crash never leaves half a list.
  const write = (maps: Stored['maps']) => {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ maps }, null, 2));
    renameSync(temporary, file);
  };

  const list = (): RecentMap[] => read().map((m) => ({ ...m, exists: existsSync(m.path) }));

  return {
    list,
    /** Puts `path` first, named `name`. */
    touch(path: string, name: string): void {
      const rest = read().filter((m) => m.path !== path);
      write([{ path, name, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
    },
    forget(path: string): RecentMap[] {
      write(read().filter((m) => m.path !== path));
      return list();
    },
    isEmpty: (): boolean => read().length === 0,
  };
}
export type RecentMaps = ReturnType<typeof createRecentMaps>;
