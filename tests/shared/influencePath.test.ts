import { describe, expect, it } from 'vitest';
import {
  CONTINUITY_BONUS,
  influencePath,
  MIN_LEGITIMACY,
  type PathInput,
  type PathStage,
} from '../../shared/journey/influencePath';
import { pathPresence, presenceVersusReach } from '../../shared/journey/pathPresence';
import { templateStages } from '../../shared/journey/templates';
import { stagePositions } from '../../shared/journey/loopGeometry';
import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';

function stage(id: number, placements: Array<[number, number]>, mot = false): PathStage {
  return {
    id,
    name: `S${id}`,
    isMomentOfTruth: mot,
    placements: placements.map(([actorId, legitimacy]) => ({ actorId, legitimacy })),
  };
}

function input(
  stages: PathStage[],
  scores: Record<number, number>,
  links: Array<[number, number]> = [],
  extra: Partial<PathInput> = {},
): PathInput {
  const neighbours = new Map<number, Set<number>>();
  for (const [a, b] of links) {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  }
  return {
    stages,
    score: new Map(Object.entries(scores).map(([id, s]) => [Number(id), s])),
    stance: new Map(),
    neighbours,
    communities: new Map(),
    ...extra,
  };
}

/** Every choice of one voice (or none) per stage, scored by the documented formula. */
function bruteForce(data: PathInput): number {
  const options = data.stages.map((s) => {
    const voices = s.placements.filter(
      (p) => (data.stance.get(p.actorId) ?? 0) >= 0 && p.legitimacy >= MIN_LEGITIMACY,
    );
    return voices.length === 0 ? [null] : voices;
  });
  const linked = (a: number, b: number) =>
    a === b ||
    !!data.neighbours.get(a)?.has(b) ||
    (data.communities.get(a) ?? []).some((c) => (data.communities.get(b) ?? []).includes(c));
  let best = Number.NEGATIVE_INFINITY;
  const walk = (s: number, chosen: Array<{ actorId: number; legitimacy: number } | null>) => {
    if (s === options.length) {
      let total = 0;
      chosen.forEach((v, i) => {
        if (!v) return;
        total += v.legitimacy * (data.score.get(v.actorId) ?? 0);
        const before = chosen[(i - 1 + chosen.length) % chosen.length];
        if (chosen.length > 1 && before && linked(before.actorId, v.actorId))
          total += CONTINUITY_BONUS;
      });
      best = Math.max(best, total);
      return;
    }
    for (const option of options[s] ?? []) walk(s + 1, [...chosen, option]);
  };
  walk(0, []);
  return best;
}

describe('the influence path', () => {
  it('beats greedy: a weaker first voice that hands on to the next stage wins', () => {
    // Greedy takes actor 1 (value 60) then 3 (50): 110. Actor 2 (55) is tied to 3: 55 + 50 + 10.
    const data = input(
      [
        stage(1, [
          [1, 1],
          [2, 1],
        ]),
        stage(2, [[3, 1]]),
        stage(3, []),
      ],
      { 1: 60, 2: 55, 3: 50 },
      [[2, 3]],
    );
    const path = influencePath(data);
    expect(path.stages.map((s) => s.voice?.actorId ?? null)).toEqual([2, 3, null]);
    expect(path.score).toBeCloseTo(115, 9);
    expect(path.stages[1]?.continued).toBe(true);
    expect(path.stages[0]?.alternatives[0]).toMatchObject({ actorId: 1, pathScore: 110 });
  });

  it('closes the loop: the last voice hands on to the first', () => {
    // Open, actor 1 (50) wins stage 1; closed, actor 2 (45) is tied to the last voice (4).
    const data = input(
      [
        stage(1, [
          [1, 1],
          [2, 1],
        ]),
        stage(2, [[3, 1]]),
        stage(3, [[4, 1]]),
      ],
      { 1: 50, 2: 45, 3: 40, 4: 40 },
      [[4, 2]],
    );
    const path = influencePath(data);
    expect(path.stages.map((s) => s.voice?.actorId)).toEqual([2, 3, 4]);
    expect(path.stages[0]?.continued).toBe(true);
    expect(path.score).toBeCloseTo(45 + 40 + 40 + CONTINUITY_BONUS, 9);
  });

  it('never chooses a detractor: a stage with only detractors is a white spot with exposure', () => {
    const data = input(
      [
        stage(1, [[1, 0.8]]),
        stage(
          2,
          [
            [2, 0.9],
            [3, 0.5],
          ],
          true,
        ),
        stage(3, [[4, 1]]),
      ],
      { 1: 50, 2: 80, 3: 40, 4: 30 },
      [],
      {
        stance: new Map([
          [2, -2],
          [3, -1],
        ]),
      },
    );
    const path = influencePath(data);
    const second = path.stages[1];
    expect(second?.voice).toBeNull();
    expect(second?.whiteSpot).toBe(true);
    expect(path.whiteSpots).toEqual(['S2']);
    expect(second?.exposure.map((e) => e.actorId)).toEqual([2, 3]);
    expect(second?.exposure[0]?.loudness).toBeCloseTo((0.9 * 80 * 2) / 2, 9);
    expect(second?.exposure[1]?.loudness).toBeCloseTo((0.5 * 40 * 1) / 2, 9);
  });

  it('treats a voice below the minimum legitimacy as no voice', () => {
    const path = influencePath(input([stage(1, [[1, MIN_LEGITIMACY / 2]])], { 1: 100 }));
    expect(path.whiteSpots).toEqual(['S1']);
    expect(path.score).toBe(0);
  });

  it('counts a shared community as continuity', () => {
    const data = input(
      [
        stage(1, [
          [1, 1],
          [2, 1],
        ]),
        stage(2, [[3, 1]]),
      ],
      { 1: 50, 2: 45, 3: 10 },
      [],
      {
        communities: new Map([
          [2, [7]],
          [3, [7]],
        ]),
      },
    );
    expect(influencePath(data).stages[0]?.voice?.actorId).toBe(2);
  });

  it('breaks ties by the lower actor id, whatever the order of the placements', () => {
    const a = influencePath(
      input(
        [
          stage(1, [
            [9, 1],
            [4, 1],
          ]),
        ],
        { 4: 50, 9: 50 },
      ),
    );
    const b = influencePath(
      input(
        [
          stage(1, [
            [4, 1],
            [9, 1],
          ]),
        ],
        { 4: 50, 9: 50 },
      ),
    );
    expect(a.stages[0]?.voice?.actorId).toBe(4);
    expect(b.stages[0]?.voice?.actorId).toBe(4);
  });

  it('finds the optimum that brute force finds, on random small journeys', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 400; round += 1) {
      const stages = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, s) =>
        stage(
          s + 1,
          Array.from({ length: Math.floor(random() * 4) }, () => [
            1 + Math.floor(random() * 8),
            Math.round(random() * 10) / 10,
          ]),
        ),
      );
      const scores: Record<number, number> = {};
      for (let id = 1; id <= 8; id += 1) scores[id] = Math.round(random() * 100);
      const links: Array<[number, number]> = [];
      for (let l = 0; l < 6; l += 1)
        links.push([1 + Math.floor(random() * 8), 1 + Math.floor(random() * 8)]);
      const data = input(stages, scores, links, {
        stance: new Map([[1 + Math.floor(random() * 8), -2]]),
      });
      expect(influencePath(data).score, `round ${round}`).toBeCloseTo(bruteForce(data), 9);
    }
  });
});

describe('path presence', () => {
  it('is the share of trails through each actor, counted once per trail', () => {
    // Trails: 0 = [1, 2, 1], 1 = [2, touchpoint], 2 = [3], 3 = [2, 3].
    const presence = pathPresence({
      trail: [0, 0, 0, 1, 1, 2, 3, 3],
      actor: [1, 2, 1, 2, -1, 3, 2, 3],
      trails: 4,
    });
    expect(presence.get(1)?.presence).toBe(1 / 4);
    expect(presence.get(2)?.presence).toBe(3 / 4);
    expect(presence.get(3)?.presence).toBe(2 / 4);
    // The same steps out of order give the same answer.
    const shuffled = pathPresence({
      trail: [3, 0, 1, 0, 2, 3, 0, 1],
      actor: [2, 1, 2, 2, 3, 3, 1, -1],
      trails: 4,
    });
    expect(shuffled.get(2)?.presence).toBe(3 / 4);
    expect(shuffled.get(1)?.trails).toBe(1);
  });

  it('tells hidden influencers from vanity reach', () => {
    const presence = pathPresence({ trail: [0, 1, 2], actor: [1, 1, 1], trails: 3 });
    const found = presenceVersusReach(
      [
        { id: 1, reach: 800 },
        { id: 2, reach: 3_000_000 },
        { id: 3, reach: 50 },
      ],
      presence,
      DEFAULT_TIER_THRESHOLDS,
    );
    expect(found).toEqual([
      { actorId: 1, kind: 'hidden', presence: 1, reach: 800 },
      { actorId: 2, kind: 'vanity', presence: 0, reach: 3_000_000 },
    ]);
  });
});

describe('journey templates', () => {
  it('start from a loop with moments of truth, in the user language', () => {
    const loop = templateStages('loop', 'fr');
    expect(loop).toHaveLength(8);
    expect(loop[0]?.name).toBe('Déclencheur');
    expect(loop.at(-1)?.name).toBe('Recommandation');
    expect(loop.filter((s) => s.isMomentOfTruth).length).toBeGreaterThan(0);
    expect(templateStages('b2b', 'en').map((s) => s.name)).toContain('Proof of value');
  });
});

describe('the journey loop drawing', () => {
  it('spaces stages along an infinity loop, none on the crossing, inside the box', () => {
    for (const count of [1, 5, 7, 8, 12]) {
      const points = stagePositions(count, 900, 400);
      expect(points).toHaveLength(count);
      for (const p of points) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(900);
        expect(p.y).toBeGreaterThan(0);
        expect(p.y).toBeLessThan(400);
        // The crossing is the centre of the box.
        if (count > 1) expect(Math.hypot(p.x - 450, p.y - 200)).toBeGreaterThan(20);
      }
      // Consecutive stages are apart from each other.
      for (let i = 1; i < count; i += 1) {
        const a = points[i - 1];
        const b = points[i];
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
      }
    }
    // The journey starts on the left lobe.
    expect(stagePositions(8, 900, 400)[0]?.x).toBeLessThan(450);
  });
});
