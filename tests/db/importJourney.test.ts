import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)". */
const cp1252 = (text: string) =>
  Buffer.from(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));

const STAGES = cp1252(
  'sep=;\r\nparcours;étape;ordre;moment_de_vérité;persona\r\n' +
    'Jeunes parents;Déclencheur;0;non;Léa, 31 ans\r\n' +
    'Jeunes parents;Évaluation;1;oui;\r\n' +
    'Jeunes parents;Recommandation;2;non;\r\n',
);
const PLACEMENTS = cp1252(
  'parcours;étape;acteur;légitimité;point_de_contact\r\n' +
    'Jeunes parents;Déclencheur;maison-bidouille;0,7;Vidéo\r\n' +
    'Jeunes parents;Évaluation;clara-vennel;0,9;\r\n' +
    'Jeunes parents;Évaluation;vigie-numerique;0,8;\r\n' +
    'Jeunes parents;Recommandation;les-domoticiens;0,6;\r\n',
);
const TRAILS = Buffer.from(
  'trail,step,actor\nu1,1,maison-bidouille\nu1,2,clara-vennel\nu2,1,clara-vennel\nu3,1,techpulse\n',
);

const asFile = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

async function demo() {
  const dir = tempDir();
  const path = join(dir, 'demo.influmap');
  createMap(path, seedDemoMap).close();
  const service = makeService(dir);
  await call(service, 'map:open', { path });
  return { dir, service };
}

describe('importing journey tables', () => {
  it('previews, then imports stages, placements and trails in one undoable action; again changes nothing', async () => {
    const { service } = await demo();
    const files = {
      files: [
        asFile('placements.csv', PLACEMENTS),
        asFile('trails.csv', TRAILS),
        asFile('stages.csv', STAGES),
      ],
    };
    const before = await call(service, 'journey:list', {});
    const preview = await call(service, 'import:preview', files);
    expect(preview.files.map((f) => [f.name, f.kind, f.rows, f.encoding, f.delimiter])).toEqual([
      ['placements.csv', 'placements', 4, 'windows-1252', ';'],
      ['trails.csv', 'trails', 4, 'utf-8', ','],
      ['stages.csv', 'stages', 3, 'windows-1252', ';'],
    ]);
    expect(preview.stages).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(preview.placements).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(preview.trails).toEqual({ created: 3, updated: 0, unchanged: 0 });
    // A preview writes nothing.
    expect(await call(service, 'journey:list', {})).toEqual(before);

    const applied = await call(service, 'import:apply', files);
    expect(applied.placements).toEqual(preview.placements);
    const parents = (await call(service, 'journey:list', {})).find(
      (j) => j.name === 'Jeunes parents',
    );
    expect(parents?.persona).toBe('Léa, 31 ans');
    expect(parents?.stages.map((s) => [s.name, s.isMomentOfTruth])).toEqual([
      ['Déclencheur', false],
      ['Évaluation', true],
      ['Recommandation', false],
    ]);
    expect(parents?.stages[0]?.touchpoints.map((t) => t.name)).toEqual(['Vidéo']);
    expect(parents?.stages[1]?.placements.map((p) => p.legitimacy)).toEqual([0.9, 0.8]);
    const steps = await call(service, 'trail:steps', {});
    expect(steps).toMatchObject({ trails: 3 });
    expect(steps.trail).toEqual([0, 0, 1, 2]);

    const again = await call(service, 'import:apply', files);
    expect(again.stages).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.placements).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(again.trails).toEqual({ created: 0, updated: 0, unchanged: 3 });

    await call(service, 'history:undo', {});
    await call(service, 'history:undo', {});
    expect(await call(service, 'journey:list', {})).toEqual(before);
    expect((await call(service, 'trail:steps', {})).trails).toBe(0);
    service.close();
  });

  it('refuses the whole import at the first bad row, naming file, line and field', async () => {
    const { service } = await demo();
    const before = await call(service, 'journey:list', {});
    const bad = cp1252(
      'parcours;étape;acteur;légitimité\r\nJeunes parents;Déclencheur;maison-bidouille;0,7\r\nJeunes parents;Évaluation;personne;0,9\r\n',
    );
    const result = await rawCall(service, 'import:apply', {
      files: [asFile('stages.csv', STAGES), asFile('placements.csv', bad)],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_INVALID',
        file: 'placements.csv',
        line: 3,
        field: 'actor',
        reason: 'unknown-actor',
        detail: 'personne',
      },
    });
    // The stages file in the same import was not applied either.
    expect(await call(service, 'journey:list', {})).toEqual(before);
    const pdf = await rawCall(service, 'import:preview', {
      files: [asFile('brief.pdf', Buffer.from('%PDF-1.7'))],
    });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'IMPORT_NOT_AVAILABLE' } });
    service.close();
  });
});

describe('trails through touchpoints', () => {
  it('keeps steps that meet a touchpoint rather than an actor, and names an unknown one', async () => {
    const { service } = await demo();
    await call(service, 'import:apply', {
      files: [asFile('stages.csv', STAGES), asFile('placements.csv', PLACEMENTS)],
    });
    const withTouchpoint = Buffer.from(
      'trail,step,actor,touchpoint\nw1,1,,Vidéo\nw1,2,clara-vennel,\nw2,1,clara-vennel,\n',
    );
    const summary = await call(service, 'import:apply', {
      files: [asFile('trails.csv', withTouchpoint)],
    });
    expect(summary.trails).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const steps = await call(service, 'trail:steps', {});
    // The touchpoint step is kept (−1: no actor); presence counts actors only.
    expect(steps.actor.filter((a) => a === -1)).toHaveLength(1);
    expect(steps.trails).toBe(2);
    const unknown = await rawCall(service, 'import:apply', {
      files: [asFile('trails.csv', Buffer.from('trail,step,touchpoint\nw3,1,Nowhere\n'))],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { reason: 'unknown-touchpoint', line: 2, detail: 'Nowhere' },
    });
    service.close();
  });
});

describe('influmap import', () => {
  it('imports journey tables from the command line, then the path runs on them', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.influmap');
    expect((await runCli(['new', path, '--demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'stages.csv'), STAGES);
    writeFileSync(join(dir, 'placements.csv'), PLACEMENTS);
    const imported = await runCli(
      ['import', path, join(dir, 'placements.csv'), join(dir, 'stages.csv'), '--json'],
      dir,
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout.join(''))).toMatchObject({
      stages: { created: 3 },
      placements: { created: 4 },
    });
    const result = await runCli(['path', path, '--journey', 'Jeunes parents', '--json'], dir);
    const report = JSON.parse(result.stdout.join('')) as {
      stages: Array<{ stage: string; actors: string[]; exposure: string[] }>;
      whiteSpots: string[];
    };
    expect(report.stages.map((s) => s.stage)).toEqual([
      'Déclencheur',
      'Évaluation',
      'Recommandation',
    ]);
    expect(report.stages[1]?.actors[0]).toBe('clara-vennel');
    expect(report.stages[1]?.exposure).toEqual(['vigie-numerique']);
    expect(report.whiteSpots).toEqual([]);

    // A bad file: exit 1, one line naming file:line and field, the map byte-identical.
    writeFileSync(join(dir, 'broken.csv'), 'trail,step,actor\nu1,one,clara-vennel\n');
    const before = sha256(path);
    const broken = await runCli(['import', path, join(dir, 'broken.csv')], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr.join('\n')).toMatch(
      /broken\.csv cannot be imported.*\(line 2\) — field step: not a number \(one\)/,
    );
    expect(sha256(path)).toBe(before);
  });
});
