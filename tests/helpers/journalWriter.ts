import { openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';

/**
 * A child process for the journal tests, killed by its own hand at a chosen moment:
 * - `hot <map>`: inside an action writing many actors, with a cache so small that SQLite has
 *   already written pages into the map: the map is left with a hot journal, as after a crash;
 * - `inert <map> <marker>`: creates an actor named `marker`, deletes it, then dies between
 *   actions: the inert journal SQLite keeps in exclusive mode still holds the deleted row.
 */
const [mode, path, marker] = process.argv.slice(2);
if (!path || (mode !== 'hot' && mode !== 'inert'))
  throw new Error('usage: journalWriter hot|inert <map> [marker]');
const map = openMap(path);
const repos = createRepositories(map.db);
if (mode === 'inert') {
  const id = map.journal.record(
    'actor:create',
    () => repos.actors.create({ name: marker ?? 'marker' }).id,
  );
  map.journal.record('actor:delete', () => repos.actors.delete(id));
  process.kill(process.pid, 'SIGKILL');
}
map.db.pragma('cache_size = 8');
map.journal.record('actor:create', () => {
  for (let i = 0; i < 3000; i += 1)
    repos.actors.create({ name: `Interrupted actor ${i} ${'x'.repeat(60)}` });
  process.kill(process.pid, 'SIGKILL');
});
