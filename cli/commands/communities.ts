import { resolve } from 'node:path';
import { communityReport } from '../../db/analytics/communityReport';
import { openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { UsageError, type Output } from '../output';

/**
 * `influmap communities <map> [--detect] [--seed N] [--resolution R] [--json]` (DESIGN.md §5):
 * the map's communities, riskiest first, with modularity; `--detect` runs Louvain and stores the
 * result as a proposed detection run that the app can accept, rename, merge or discard.
 */
export function communitiesCommand(
  path: string,
  options: { detect?: boolean; json?: boolean; seed?: string; resolution?: string },
  output: Output,
): void {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31)
    throw new UsageError(`--seed: ${options.seed} is not a whole number from 0 to 2147483648`);
  const resolution = options.resolution === undefined ? 1 : Number(options.resolution);
  if (!(resolution > 0 && resolution <= 10))
    throw new UsageError(`--resolution: ${options.resolution} is not a number above 0, at most 10`);
  const map = openMap(resolve(path));
  try {
    const report = communityReport(map, createRepositories(map.db), {
      detect: options.detect ?? false,
      seed,
      resolution,
    });
    if (options.json) {
      output.out(
        JSON.stringify({
          communities: report.communities,
          modularity: report.modularity,
          ...(report.runId === undefined ? {} : { detectionRun: report.runId }),
        }),
      );
      return;
    }
    output.out(
      `${report.communities.length} communities, modularity ${report.modularity.toFixed(3)}${report.runId === undefined ? '' : ` (detection run ${report.runId}, proposed)`}`,
    );
    for (const c of report.communities)
      output.out(
        `  ${c.isDetractorCluster ? '!' : ' '} risk ${c.risk.toFixed(1).padStart(5)}  ${String(c.members.length).padStart(6)} members  mean stance ${c.meanStance.toFixed(2).padStart(5)}  ${c.name}`,
      );
  } finally {
    map.close();
  }
}
