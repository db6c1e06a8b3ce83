import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Graph from 'graphology';
import louvainPlain from 'graphology-communities-louvain';
import { communityReport } from '../db/analytics/communityReport';
import { seedGeneratedMap } from '../db/demo/generatedMap';
import { createMap, openMap } from '../db/file/openMap';
import { createRepositories } from '../db/repositories';
import { seededRandom } from '../shared/util/random';

/**
 * Issue 5's benchmark: community detection through the app's own path (open the map file, read
 * the graph into typed arrays, Louvain, PageRank, risk, store the run) beside the plain-library
 * pipeline on the same data (parse the edge list into a graphology graph, graphology's Louvain).
 * Each measurement runs in its own process so that peak memory (max RSS) is its own.
 */
type Measure = { ms: number; peakMb: number; modularity: number; communities: number };

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function app(mapPath: string): Measure {
  const start = performance.now();
  const map = openMap(mapPath);
  const report = communityReport(map, createRepositories(map.db), { detect: true, seed: 1 });
  map.close();
  return {
    ms: performance.now() - start,
    peakMb: peakMb(),
    modularity: report.modularity,
    communities: report.communities.length,
  };
}

function plain(csvPath: string): Measure {
  const start = performance.now();
  const graph = new Graph({ type: 'undirected', multi: true });
  const lines = readFileSync(csvPath, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const [s, t, w] = line.split(',');
    if (s === undefined || t === undefined || s === t) continue;
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.addEdge(s, t, { weight: Number(w) });
  }
  const result = louvainPlain.detailed(graph, { rng: seededRandom(1) });
  return {
    ms: performance.now() - start,
    peakMb: peakMb(),
    modularity: result.modularity,
    communities: result.count,
  };
}

function child(mode: string, path: string): Measure {
  const out = spawnSync(process.execPath, [__filename, mode, path], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as Measure;
}

function main(): void {
  const [mode, path] = process.argv.slice(2);
  if (mode && path) {
    process.stdout.write(JSON.stringify(mode === 'app' ? app(path) : plain(path)));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'influmap-communities-'));
  try {
    console.log('  community detection, app path vs plain graphology pipeline (own process each):');
    console.log(
      '  actors   relations  app ms (peak MB, Q, communities)        plain ms (peak MB, Q, communities)       ratio',
    );
    for (const actors of [10_000, 100_000]) {
      const mapPath = join(dir, `c${actors}.influmap`);
      createMap(mapPath, (db) =>
        seedGeneratedMap(db, { actors, perActor: 10, planted: { communities: 20, inside: 0.8 } }),
      ).close();
      const map = openMap(mapPath);
      const rows = map.db
        .prepare<[], { s: number; t: number; w: number }>(
          'SELECT source_id AS s, target_id AS t, weight AS w FROM relations',
        )
        .all();
      map.close();
      const csvPath = join(dir, `c${actors}.csv`);
      writeFileSync(
        csvPath,
        `source,target,weight\n${rows.map((r) => `${r.s},${r.t},${r.w}`).join('\n')}\n`,
      );
      // Seeding added the planted communities by hand; the app's run adds its own beside them.
      const a = child('app', mapPath);
      const p = child('plain', csvPath);
      const cell = (m: Measure) =>
        `${m.ms.toFixed(0)} ms (${m.peakMb.toFixed(0)} MB, Q ${m.modularity.toFixed(3)}, ${m.communities})`;
      console.log(
        `  ${String(actors).padStart(7)}  ${String(rows.length).padStart(9)}  ${cell(a).padEnd(40)} ${cell(p).padEnd(40)} ${(a.ms / p.ms).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
