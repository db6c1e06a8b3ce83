import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tierOf } from '../../shared/domain/tiers';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap, type MapHandle } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('the demo map', () => {
  let map: MapHandle;
  beforeAll(() => {
    map = createMap(join(tempDir(), 'demo.influmap'), seedDemoMap);
  });
  afterAll(() => map.close());
  const count = (sql: string) => map.db.prepare<[], { n: number }>(sql).get()?.n ?? 0;

  it('has about sixty actors across every tier, every stance and the main kinds', () => {
    const actors = createRepositories(map.db).actors.listSummaries();
    expect(actors.length).toBeGreaterThanOrEqual(55);
    expect(actors.length).toBeLessThanOrEqual(65);
    expect(new Set(actors.map((a) => tierOf(a.reach)))).toEqual(
      new Set(['nano', 'micro', 'macro', 'mega']),
    );
    expect(new Set(actors.map((a) => a.stance))).toEqual(new Set([-2, -1, 0, 1, 2]));
    for (const kind of ['journalist', 'expert', 'employee', 'influencer', 'ngo', 'customer']) {
      expect(
        actors.some((a) => a.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(actors.some((a) => a.offlineStance !== null && a.offlineStance !== a.stance)).toBe(true);
  });

  it('has two topics with per-topic relevance and three communities', () => {
    expect(count('SELECT count(*) AS n FROM topics')).toBe(2);
    expect(count('SELECT count(DISTINCT actor_id) AS n FROM actor_topics')).toBe(
      count('SELECT count(*) AS n FROM actors'),
    );
    expect(count('SELECT count(*) AS n FROM communities')).toBe(3);
  });

  it('has a detractor cluster that is negative and more cohesive inside than outward', () => {
    const cluster = map.db
      .prepare<[], { id: number }>(
        "SELECT actor_id AS id FROM community_members m JOIN communities c ON c.id = m.community_id WHERE c.name = 'Privacy advocates'",
      )
      .all()
      .map((r) => r.id);
    const inCluster = new Set(cluster);
    const stances = createRepositories(map.db)
      .actors.listSummaries()
      .filter((a) => inCluster.has(a.id))
      .map((a) => a.stance);
    expect(stances.reduce((s, x) => s + x, 0) / stances.length).toBeLessThan(-1);
    const relations = createRepositories(map.db).relations.list();
    const touching = relations.filter(
      (r) => inCluster.has(r.sourceId) || inCluster.has(r.targetId),
    );
    const internal = touching.filter((r) => inCluster.has(r.sourceId) && inCluster.has(r.targetId));
    expect(internal.length / touching.length).toBeGreaterThan(0.7);
    // …and still bridges outward, or it would be no risk to anyone.
    expect(touching.length - internal.length).toBeGreaterThan(3);
  });

  it('has a seven-stage journey with moments of truth, touchpoints and placements', () => {
    const stages = map.db
      .prepare<[], { name: string; position: number; is_moment_of_truth: number }>(
        'SELECT name, position, is_moment_of_truth FROM journey_stages ORDER BY position',
      )
      .all();
    expect(stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(stages.some((s) => s.is_moment_of_truth === 1)).toBe(true);
    expect(count('SELECT count(*) AS n FROM touchpoints')).toBeGreaterThanOrEqual(7);
    expect(count('SELECT count(DISTINCT stage_id) AS n FROM placements')).toBe(7);
  });

  it('starts with an empty history and a clean integrity check', () => {
    expect(map.journal.list(10)).toEqual([]);
    expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(map.db.pragma('foreign_key_check')).toEqual([]);
  });
});
