import { resolve } from 'node:path';
import { openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import type { Output } from '../output';

/** `influmap stats <map> [--json]`: counts of the map's main entities. */
export function statsCommand(path: string, options: { json?: boolean }, output: Output): void {
  const map = openMap(resolve(path));
  try {
    const repos = createRepositories(map.db);
    const counts = repos.counts.get();
    if (options.json) {
      output.out(
        JSON.stringify({
          ...counts,
          name: repos.settings.get().name,
          schemaVersion: map.db.pragma('user_version', { simple: true }),
        }),
      );
      return;
    }
    output.out(repos.settings.get().name);
    for (const [what, n] of Object.entries(counts)) output.out(`  ${what.padEnd(12)} ${n}`);
  } finally {
    map.close();
  }
}
