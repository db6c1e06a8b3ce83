import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openMap } from '../db/file/openMap';
import { mapPicture } from '../db/io/mapDrawing';
import { createRepositories } from '../db/repositories';
import { runReport } from '../db/report/reportJob';
import { sceneSvg } from '../shared/figures/sceneSvg';

/**
 * One run of reportBench in a fresh process, so that its peak memory is its own:
 * `node reportRun.cjs report|svg <map> <out>`. Prints {ms, maxRssMB, bytes, pages} as JSON.
 */
async function main(): Promise<void> {
  const [what, path, out] = process.argv.slice(2);
  if (!path || !out) throw new Error('usage: reportRun report|svg <map> <out>');
  const start = performance.now();
  const map = openMap(path);
  let bytes: Buffer;
  let pages = 0;
  try {
    if (what === 'svg') {
      bytes = Buffer.from(sceneSvg(mapPicture(createRepositories(map.db), 'en').scene));
    } else {
      bytes = await runReport(map, { locale: 'en' }, { now: new Date(), version: 'bench' }, (p) => {
        pages = p.pages;
      });
    }
  } finally {
    map.close();
  }
  writeFileSync(out, bytes);
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      bytes: bytes.length,
      pages,
    }),
  );
}

void main();
