import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDemoMap } from '../db/demo/demoMap';
import { createMap, openMap } from '../db/file/openMap';
import { dispatch } from '../db/service/dispatch';
import { createMapService } from '../db/service/mapService';
import { seedGeneratedMap } from '../db/demo/generatedMap';

/** Median of `runs` timings of `work`, in milliseconds. */
async function median(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const rows: Array<[string, string]> = [];
const record = (what: string, ms: number) => {
  rows.push([what, `${ms.toFixed(1)} ms`]);
};

async function run(dir: string): Promise<void> {
  record(
    'create the demo map',
    await median(5, () =>
      createMap(join(dir, `demo-${performance.now()}.influmap`), seedDemoMap).close(),
    ),
  );
  const demo = join(dir, 'demo.influmap');
  createMap(demo, seedDemoMap).close();
  record(
    'guarded open + close of the demo (probe, quick_check, lock)',
    await median(10, () => openMap(demo).close()),
  );

  for (const actors of [1_000, 20_000]) {
    const path = join(dir, `gen-${actors}.influmap`);
    createMap(path, (db) => seedGeneratedMap(db, { actors, perActor: 5 })).close();
    const service = createMapService({
      userDataDir: join(dir, 'ud'),
      mapsDir: dir,
      host: {
        kind: 'browser',
        version: 'bench',
        canPickFiles: false,
        pickMap: () => Promise.resolve(null),
        pickSavePath: () => Promise.resolve(null),
      },
    });
    await dispatch(service, 'map:open', { path });
    record(
      `graph:get, ${actors} actors × 5 relations`,
      await median(5, () => dispatch(service, 'graph:get', {})),
    );
    // What a transport adds: the envelope serialised, sent, and parsed on the other side.
    let bytes = 0;
    record(
      `graph:get over the wire (serialise + parse), ${actors} actors`,
      await median(5, async () => {
        const text = JSON.stringify(await dispatch(service, 'graph:get', {}));
        bytes = text.length;
        JSON.parse(text);
      }),
    );
    rows.push([`graph:get payload, ${actors} actors`, `${(bytes / 1e6).toFixed(2)} MB`]);
    let n = 0;
    record(
      `actor:create + history:undo, ${actors}-actor map`,
      await median(20, async () => {
        n += 1;
        await dispatch(service, 'actor:create', { name: `Bench ${n}` });
        await dispatch(service, 'history:undo', {});
      }),
    );
    service.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'influmap-bench-'));
void run(dir)
  .finally(() => rmSync(dir, { recursive: true, force: true }))
  .then(report);

function report(): void {
  const width = Math.max(...rows.map(([what]) => what.length));
  console.log('Influmap benchmark (median of repeated runs; this machine, not a test)');
  for (const [what, value] of rows) console.log(`  ${what.padEnd(width)}  ${value}`);
}
