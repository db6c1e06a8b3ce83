import { openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';

/**
 * A child process for the crash tests: opens the map given in argv with the app's own code and
 * writes batches of actors forever, one journaled action per batch, until it is killed.
 * Each batch's actors share the tag `batch-<pid>-<n>`, so the parent can check no batch is partial.
 */
const [path, batchSizeText] = process.argv.slice(2);
if (!path || !batchSizeText) throw new Error('usage: crashWriter <map> <batch size>');
const batchSize = Number(batchSizeText);
const map = openMap(path);
const repos = createRepositories(map.db);
process.send?.('ready');
for (let batch = 0; ; batch += 1) {
  map.journal.record('actor:create', () => {
    for (let i = 0; i < batchSize; i += 1)
      repos.actors.create({
        name: `Batch ${batch} actor ${i}`,
        tags: [`batch-${process.pid}-${batch}`],
      });
  });
}
