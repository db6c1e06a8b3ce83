import { openMap } from '../../db/file/openMap';
import { fileSource } from '../../db/io/fileSource';
import { importSources } from '../../db/io/importFiles';
import { AppError } from '../../shared/api/errors';

/**
 * A child process for the memory tests: imports the files given in argv into the map given
 * first, with the app's own code, and prints one JSON line: the outcome (counts, or the
 * refusal's data), the time taken and the process's peak resident memory (maxRSS, in KB).
 */
const [mapPath, ...files] = process.argv.slice(2);
if (!mapPath || files.length === 0) throw new Error('usage: importChild <map> <file>...');
const started = performance.now();
const map = openMap(mapPath);
const report = (outcome: Record<string, unknown>) =>
  process.stdout.write(
    `${JSON.stringify({
      ...outcome,
      ms: Math.round(performance.now() - started),
      maxRssKb: process.resourceUsage().maxRSS,
    })}\n`,
  );
importSources(
  map,
  files.map((f) => fileSource(f)),
  { preview: false },
).then(
  (summary) => {
    map.close();
    report({ ok: true, actors: summary.actors.created, relations: summary.relations.created });
  },
  (err: unknown) => {
    map.close();
    if (!(err instanceof AppError)) throw err;
    report({ ok: false, error: err.data });
  },
);
