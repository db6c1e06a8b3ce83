import { resolve } from 'node:path';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import type { Output } from '../output';

/** `influmap new <map> [--name N] [--demo]`: creates a map file (the demo content with --demo). */
export function newMapCommand(
  path: string,
  options: { name?: string; demo?: boolean },
  output: Output,
): void {
  const target = resolve(path);
  const map = createMap(target, (db) => {
    if (options.demo) seedDemoMap(db);
    const name =
      options.name ??
      (options.demo ? undefined : target.replace(/^.*[\\/]/, '').replace(/\.influmap$/i, ''));
    if (name !== undefined) createRepositories(db).settings.set({ name });
  });
  try {
    const counts = createRepositories(map.db).counts.get();
    output.out(`Created ${target} (${counts.actors} actors, ${counts.relations} relations)`);
  } finally {
    map.close();
  }
}
