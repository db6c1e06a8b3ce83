import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMap } from '../db/file/openMap';
import { importFiles } from '../db/io/importFiles';
import { seededRandom } from '../shared/util/random';

/**
 * Issue 7's benchmark: importing generated CSVs of 100 000 actors and 1 000 000 relations into a
 * new map (read, validate, merge by key, one transaction with its undo journal), beside the same
 * CSVs loaded into an empty table pair by the `sqlite3` command-line tool's `.import` (no
 * validation at all: the near-limit reference). Each side runs in its own process so that its
 * peak memory (max RSS) is its own.
 */
const ACTORS = Number(process.env.BENCH_IMPORT_ACTORS ?? 100_000);
const RELATIONS = Number(process.env.BENCH_IMPORT_RELATIONS ?? 1_000_000);

function generate(dir: string) {
  const random = seededRandom(7);
  const nodes = ['id,label,stance,reach'];
  for (let i = 1; i <= ACTORS; i += 1)
    nodes.push(
      `a${i},Generated actor ${i},${Math.floor(random() * 5) - 2},${Math.floor(10 ** (1 + random() * 6))}`,
    );
  const edges = ['source,target,type,weight'];
  const types = ['follows', 'mentions', 'cites', 'amplifies'];
  for (let i = 0; i < RELATIONS; i += 1)
    edges.push(
      `a${1 + Math.floor(random() * ACTORS)},a${1 + Math.floor(random() * ACTORS)},${types[i % 4]},${1 + Math.floor(random() * 5)}`,
    );
  writeFileSync(join(dir, 'nodes.csv'), `${nodes.join('\n')}\n`);
  writeFileSync(join(dir, 'edges.csv'), `${edges.join('\n')}\n`);
}

async function app(dir: string) {
  const start = performance.now();
  const map = createMap(join(dir, `app-${Date.now()}.influmap`), () => undefined);
  const summary = await importFiles(
    map,
    ['nodes.csv', 'edges.csv'].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(dir, name))),
    })),
    { preview: false },
  );
  map.close();
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({
      ms,
      peakMb: process.resourceUsage().maxRSS / 1024,
      actors: summary.actors.created,
      relations: summary.relations.created,
    }),
  );
}

function sqliteImport(dir: string) {
  const db = join(dir, `plain-${Date.now()}.db`);
  const script = `.mode csv\n.import ${join(dir, 'nodes.csv')} nodes\n.import ${join(dir, 'edges.csv')} edges\n`;
  const start = performance.now();
  const run = spawnSync('sqlite3', [db], { input: script });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr.toString()}`);
  return ms;
}

async function main() {
  if (process.argv[2] === '--app') return app(process.argv[3] ?? '');
  const dir = mkdtempSync(join(tmpdir(), 'influmap-import-bench-'));
  try {
    generate(dir);
    const size =
      (statSync(join(dir, 'nodes.csv')).size + statSync(join(dir, 'edges.csv')).size) / 1e6;
    const which = spawnSync('sqlite3', ['--version']);
    const plain = which.status === 0 ? sqliteImport(dir) : null;
    const child = spawnSync(process.execPath, [__filename, '--app', dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const measured = JSON.parse(child.stdout) as {
      ms: number;
      peakMb: number;
      actors: number;
      relations: number;
    };
    console.log('\nCSV import (issue 7)');
    console.log(`  files: ${ACTORS} actors + ${RELATIONS} relations, ${size.toFixed(1)} MB`);
    console.log(
      `  app (read, validate, merge by key, one transaction with undo journal): ${measured.ms.toFixed(0)} ms, peak ${measured.peakMb.toFixed(0)} MB (target < 500 MB); ${measured.actors} actors, ${measured.relations} relations`,
    );
    if (plain === null)
      console.log('  sqlite3 .import: skipped (the sqlite3 command is not installed)');
    else
      console.log(
        `  sqlite3 .import (no validation): ${plain.toFixed(0)} ms → app / .import = ${(measured.ms / plain).toFixed(2)}× (target ≤ 1.5×)`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
