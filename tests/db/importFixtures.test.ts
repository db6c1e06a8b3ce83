import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMap } from '../../db/file/openMap';
import { importFiles } from '../../db/io/importFiles';
import { createRepositories } from '../../db/repositories';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const REAL = join(process.cwd(), '..', 'shared', 'fixtures', 'real');

/** Every graph sample of ../shared/fixtures/real, with the counts its SOURCE.md gives. */
const SAMPLES: ReadonlyArray<[string, number, number]> = [
  ['karate/karate.gml', 34, 78],
  ['polbooks/polbooks.gml', 105, 441],
  ['football/football.gml', 115, 613],
  ['football/footballTSE.gml', 115, 613],
  ['dolphins/dolphins.gml', 62, 159],
  ['lesmis/lesmis.gml', 77, 254],
  ['polblogs/polblogs.gml', 1490, 19090],
  ['polblogs/divided-they-blog.gexf', 1224, 19025],
  ['polblogs/DividedTheyBlog_40Alist_release.graphml', 40, 363],
  ['enviro-activist-websites/enviroActivistWebsites_2006.graphml', 161, 1444],
  ['gephi-desktop-samples/Les Miserables.gexf', 77, 254],
  ['gephi-desktop-samples/Java.gexf', 1538, 8032],
  ['gephi-desktop-samples/US Airports.gexf', 235, 1297],
  ['gephi-lite-samples/airlines.graphml', 235, 2101],
  ['gephi-lite-samples/Les Miserables.gexf', 77, 254],
  ['gephi-lite-samples/Les Miserables.json', 77, 254],
  ['gephi-lite-samples/gephi-lite.gexf', 61, 88],
  ['gephi-lite-samples/spotify-veronica-espinoza.gexf', 189, 400],
  ['gexf-spec-examples/basic.gexf', 2, 1],
  ['gexf-spec-examples/hello-world.gexf', 2, 1],
  ['gexf-spec-examples/data.gexf', 4, 5],
  ['gexf-spec-examples/dynamics.gexf', 4, 5],
  ['gexf-spec-examples/celegans.gexf', 306, 2345],
  ['gexf-spec-examples/hierarchy1.gexf', 10, 9],
  ['gexf-spec-examples/hierarchy2.gexf', 7, 4],
  ['gexf-spec-examples/hierarchy3.gexf', 7, 4],
  ['gexf-spec-examples/hierarchy4.gexf', 7, 4],
  ['gexf-spec-examples/phylogeny.gexf', 3, 0],
  ['gexf-spec-examples/viz.gexf', 1, 0],
  ['gexf-spec-examples/dynamics_openintervals.gexf', 2, 1],
  ['gexf-spec-examples/dynamics_edgeweight.gexf', 4, 5],
  ['gexf-spec-examples/in.gexf', 2, 1],
  // The file declares node 120 twice: one actor (merged by key), and the import says so.
  ['gexf-spec-examples/photoviz-dynamic.gexf', 394, 623],
  ['gexf-spec-examples/__dynamics.gexf', 87, 219],
  ['graphml-real-world/got-graph.graphml', 84, 216],
  ['graphml-real-world/les-miserables.graphml', 77, 254],
  ['graphml-real-world/igraph-miserables--INVALIDgraphml.GraphML', 77, 254],
  ['graphml-real-world/yed-3.12.2-graph1.graphml', 20, 30],
  ['graphml-real-world/yed-3.14.3-nested-sample-graph.graphml', 55, 50],
];

function importInto(paths: readonly string[]) {
  const path = join(tempDir(), 'import.influmap');
  const map = createMap(path, () => undefined);
  return importFiles(
    map,
    paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) })),
    { preview: false },
  ).then((summary) => {
    const counts = createRepositories(map.db).counts.get();
    map.close();
    return { summary, counts };
  });
}

const available = existsSync(REAL);
if (!available) console.warn(`skipped: ${REAL} (the real fixtures) is not beside this checkout`);

describe.skipIf(!available)('the real graph files of ../shared/fixtures/real', () => {
  it.each(SAMPLES)('%s imports with its %i nodes and %i edges', async (file, nodes, edges) => {
    const { summary, counts } = await importInto([join(REAL, file)]);
    expect(summary.files[0]).toMatchObject({ nodes, edges });
    const duplicates = file.includes('photoviz') ? 1 : 0;
    expect(counts.actors).toBe(nodes - duplicates);
    expect(counts.relations).toBe(edges);
    if (duplicates > 0) expect(summary.notes.join(' ')).toMatch(/1 node id declared twice/);
  });
});
