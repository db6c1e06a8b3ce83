import { resolve } from 'node:path';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import type { Locale } from '../../shared/domain/vocabulary';
import type { Output } from '../output';

/** Said when a journal left beside the new map's name was moved out of SQLite's sight. */
const JOURNAL_SET_ASIDE: Record<Locale, string> = {
  en: 'a journal file left by an earlier map of this name was not applied to the new map; it was moved to',
  fr: 'un fichier journal laissé par une ancienne carte de ce nom n’a pas été appliqué à la nouvelle ; il a été déplacé vers',
};

/** `influmap new <map> [--name N] [--demo]`: creates a map file (the demo content with --demo). */
export function newMapCommand(
  path: string,
  options: { name?: string; demo?: boolean },
  output: Output,
  locale: Locale = 'en',
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
    if (map.journalSetAside)
      output.err(`influmap: ${JOURNAL_SET_ASIDE[locale]} ${map.journalSetAside}`);
  } finally {
    map.close();
  }
}
