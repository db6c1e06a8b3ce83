import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDemoMap } from '../db/demo/demoMap';
import { seedGeneratedMap } from '../db/demo/generatedMap';
import { createMap } from '../db/file/openMap';
import { seededRandom } from '../shared/util/random';

/**
 * Issue 13's benchmark: the client report (PDF) of the demo map and of a 5 000-actor map with a
 * journey, three saved views (force, rings, power–interest; none with stored positions: the
 * worst case, every layout computed) and two topics — time and peak memory of a whole process
 * writing it (targets: demo < 3 s; 5 000 actors < 20 s and < 500 MB), and the PDF's size. Beside
 * each, its anchor in the same run: the same process drawing the map's default view as SVG.
 */
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Run = { ms: number; wallMs: number; maxRssMB: number; bytes: number; pages: number };

function once(what: 'report' | 'svg', map: string, out: string): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, [join(__dirname, 'reportRun.cjs'), what, map, out], {
    encoding: 'utf8',
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(child.stderr);
  return { ...(JSON.parse(child.stdout) as Omit<Run, 'wallMs'>), wallMs };
}

function measure(what: 'report' | 'svg', map: string, dir: string) {
  const runs = Array.from({ length: RUNS }, (_, i) =>
    once(what, map, join(dir, `${what}-${i}.${what === 'svg' ? 'svg' : 'pdf'}`)),
  );
  return {
    wall: median(runs.map((r) => r.wallMs)),
    inside: median(runs.map((r) => r.ms)),
    rss: Math.max(...runs.map((r) => r.maxRssMB)),
    bytes: runs[0]?.bytes ?? 0,
    pages: runs[0]?.pages ?? 0,
  };
}

function bigMap(path: string): void {
  createMap(path, (db) => {
    seedGeneratedMap(db, {
      actors: 5_000,
      perActor: 10,
      planted: { communities: 12, inside: 0.8 },
    });
    const random = seededRandom(13);
    db.prepare("INSERT INTO map_settings (key, value) VALUES ('name', '\"Bench 5 000\"')").run();
    const topic = db.prepare('INSERT INTO topics (name) VALUES (?)');
    const topics = [topic.run('Energy').lastInsertRowid, topic.run('Privacy').lastInsertRowid];
    const relevance = db.prepare(
      'INSERT INTO actor_topics (actor_id, topic_id, relevance) VALUES (?, ?, ?)',
    );
    for (let id = 1; id <= 5_000; id += 1)
      for (const t of topics)
        if (random() < 0.4) relevance.run(id, t, Math.round(random() * 100) / 100);
    const journey = db
      .prepare("INSERT INTO journeys (name, persona) VALUES ('Bench journey', 'A buyer')")
      .run().lastInsertRowid;
    const stage = db.prepare(
      'INSERT INTO journey_stages (journey_id, name, position, is_moment_of_truth) VALUES (?, ?, ?, ?)',
    );
    const place = db.prepare(
      'INSERT INTO placements (stage_id, actor_id, legitimacy) VALUES (?, ?, ?)',
    );
    for (let s = 0; s < 7; s += 1) {
      const id = stage.run(journey, `Stage ${s + 1}`, s, s % 3 === 0 ? 1 : 0).lastInsertRowid;
      const chosen = new Set<number>();
      while (chosen.size < 60) chosen.add(1 + Math.floor(random() * 5_000));
      for (const actor of chosen) place.run(id, actor, Math.round(random() * 100) / 100);
    }
    const view = db.prepare('INSERT INTO saved_views (name, layout, is_default) VALUES (?, ?, ?)');
    view.run('Force', 'force', 1);
    view.run('Rings', 'concentric', 0);
    view.run('Power', 'power-interest', 0);
  }).close();
}

const dir = mkdtempSync(join(tmpdir(), 'influmap-report-bench-'));
try {
  const demo = join(dir, 'demo.influmap');
  createMap(demo, seedDemoMap).close();
  const big = join(dir, 'big.influmap');
  bigMap(big);
  const rows: string[] = [];
  for (const [name, map, target] of [
    ['demo map (60 actors)', demo, 'target < 3 s'],
    ['5 000 actors, 50 000 relations, 1 journey, 3 views', big, 'targets < 20 s, < 500 MB'],
  ] as const) {
    const report = measure('report', map, dir);
    const anchor = measure('svg', map, dir);
    rows.push(
      `  ${name} (${target})`,
      `    report:  ${report.wall.toFixed(0)} ms wall (${report.inside.toFixed(0)} ms in the process), peak ${report.rss.toFixed(0)} MB, ${report.pages} pages, ${(report.bytes / 1024).toFixed(0)} KB`,
      `    anchor (SVG of the default view): ${anchor.wall.toFixed(0)} ms wall, peak ${anchor.rss.toFixed(0)} MB`,
      `    report / anchor: ${(report.wall / anchor.wall).toFixed(1)}×`,
    );
  }
  console.log(
    `Client report (PDF), median of ${RUNS} runs each in a fresh process; this machine, not a test`,
  );
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
