/**
 * The influence path (DESIGN.md §1): for a journey and a topic, the voice to put forward at each
 * stage, so that the persona meets, at every moment, the most legitimate voice — and, where it
 * can, a voice tied to the previous one, so that the persona is handed on rather than dropped.
 *
 * Formula (points; the UI shows it):
 * - A **voice** is an actor placed at the stage with stance ≥ 0 and legitimacy ≥ MIN_LEGITIMACY.
 *   Its value there is `legitimacy × influence score` (score 0..100 on the topic,
 *   shared/analytics/influenceScore.ts), so 0..100.
 * - **Continuity bonus**: +CONTINUITY_BONUS when the voice of a stage is linked to the voice of
 *   the stage before: the same actor, a relation either way, or a shared community. The journey
 *   is a loop, so the last stage hands on to the first as well.
 * - The path maximises the sum of the voices' values plus the bonuses, by dynamic programming
 *   over the stages (not greedily: a slightly weaker voice that hands on to a strong one can win).
 *   The loop is closed exactly: the best path is found for each possible first voice worth
 *   trying, pruned by an upper bound.
 * - A stage with no voice is a **white spot**: it scores 0 and breaks continuity.
 * - **Detractors are never voices.** Actors placed with a negative stance are the stage's
 *   **exposure**: who speaks against us at that moment, and how loudly,
 *   `legitimacy × influence score × (−stance) / 2` (0..100), loudest first.
 * - Ties are broken by the lower actor id, so the same map always gives the same path.
 * - **Alternatives**: at each stage, the next best voices, each with the score of the best path
 *   that goes through it (the same optimisation with that voice imposed at that stage): what
 *   the path loses if the chosen voice declines.
 */

export const MIN_LEGITIMACY = 0.2;
export const CONTINUITY_BONUS = 10;
export const ALTERNATIVES = 3;

export type PathPlacement = { actorId: number; legitimacy: number };
export type PathStage = {
  id: number;
  name: string;
  isMomentOfTruth: boolean;
  placements: readonly PathPlacement[];
};

export type PathInput = {
  stages: readonly PathStage[];
  /** Influence score 0..100 on the topic, by actor id (missing: 0). */
  score: ReadonlyMap<number, number>;
  stance: ReadonlyMap<number, number>;
  /** Actor ids tied by a relation (either way), by actor id. */
  neighbours: ReadonlyMap<number, ReadonlySet<number>>;
  /** Community ids of each actor. */
  communities: ReadonlyMap<number, readonly number[]>;
  bonus?: number;
  alternatives?: number;
};

export type Voice = { actorId: number; legitimacy: number; value: number };
export type Exposure = { actorId: number; stance: number; loudness: number };

export type StagePath = {
  stageId: number;
  stage: string;
  isMomentOfTruth: boolean;
  /** The chosen voice, or null at a white spot. */
  voice: Voice | null;
  /** The chosen voice is linked to the previous stage's voice. */
  continued: boolean;
  /** Value of the voice plus the continuity bonus it earns. */
  score: number;
  /** Next best voices, with the score of the best path through each. */
  alternatives: Array<Voice & { pathScore: number }>;
  exposure: Exposure[];
  whiteSpot: boolean;
};

export type InfluencePath = { stages: StagePath[]; score: number; whiteSpots: string[] };

type Candidate = Voice;

/** One DP pass: for each position of the stage sequence, the best totals and back pointers. */
type Run = { total: Float64Array[]; from: Int32Array[] };

export function influencePath(input: PathInput): InfluencePath {
  const bonus = input.bonus ?? CONTINUITY_BONUS;
  const k = input.alternatives ?? ALTERNATIVES;
  const scoreOf = (id: number) => input.score.get(id) ?? 0;
  const stanceOf = (id: number) => input.stance.get(id) ?? 0;
  const n = input.stages.length;
  const candidates: Candidate[][] = input.stages.map((stage) => {
    const best = new Map<number, Candidate>();
    for (const p of stage.placements) {
      if (stanceOf(p.actorId) < 0 || p.legitimacy < MIN_LEGITIMACY) continue;
      const value = p.legitimacy * scoreOf(p.actorId);
      const known = best.get(p.actorId);
      if (!known || value > known.value)
        best.set(p.actorId, { actorId: p.actorId, legitimacy: p.legitimacy, value });
    }
    return [...best.values()].sort((a, b) => b.value - a.value || a.actorId - b.actorId);
  });
  const communitiesOf = (id: number) => input.communities.get(id) ?? [];
  const linked = (a: number, b: number): boolean =>
    a === b ||
    !!input.neighbours.get(a)?.has(b) ||
    communitiesOf(a).some((c) => communitiesOf(b).includes(c));

  /**
   * Direct links between consecutive stages of the loop (the same actor, or a relation), found
   * once: `towards[s][j]` lists the candidates of stage s−1 (cyclically) linked to candidate j of
   * stage s, `onwards[s][j]` those of stage s+1. Shared communities are handled per pass through
   * the best total of each community, so a stage of 500 voices costs 500 × its links, not 500².
   */
  const indexOf = candidates.map((list) => new Map(list.map((c, i) => [c.actorId, i])));
  const linksTo = (s: number, other: number): Int32Array[] =>
    (candidates[s] as Candidate[]).map((c) => {
      const there = indexOf[other] as Map<number, number>;
      const found: number[] = [];
      const same = there.get(c.actorId);
      if (same !== undefined) found.push(same);
      for (const neighbour of input.neighbours.get(c.actorId) ?? []) {
        const i = there.get(neighbour);
        if (i !== undefined && neighbour !== c.actorId) found.push(i);
      }
      return Int32Array.from(found);
    });
  const towards = candidates.map((_, s) => linksTo(s, (s - 1 + n) % n));
  const onwards = candidates.map((_, s) => linksTo(s, (s + 1) % n));

  // Flat arrays per stage for the passes: actor ids, values, and communities as small integers.
  const ids = candidates.map((list) => Int32Array.from(list.map((c) => c.actorId)));
  const values = candidates.map((list) => Float64Array.from(list.map((c) => c.value)));
  const communityIndex = new Map<number, number>();
  const memberOf = candidates.map((list) =>
    list.map((c) =>
      Int32Array.from(
        communitiesOf(c.actorId).map((community) => {
          let i = communityIndex.get(community);
          if (i === undefined) {
            i = communityIndex.size;
            communityIndex.set(community, i);
          }
          return i;
        }),
      ),
    ),
  );
  const bestInCommunity = new Int32Array(communityIndex.size).fill(-1);
  const NONE = Number.NEGATIVE_INFINITY;

  /** Index of the best total (ties: lower actor id), −1 when none is allowed. */
  const bestIndex = (t: Float64Array, actors: Int32Array): number => {
    let best = -1;
    for (let i = 0; i < t.length; i += 1) {
      const v = t[i] as number;
      if (v === NONE) continue;
      if (
        best === -1 ||
        v > (t[best] as number) ||
        (v === t[best] && (actors[i] as number) < (actors[best] as number))
      )
        best = i;
    }
    return best;
  };

  /**
   * The DP along `order` (stage indexes, consecutive ones neighbours on the loop, in either
   * direction), with stage `order[0]` restricted to candidate `first` when given. `total[x][j]`
   * is the best score of positions 0..x ending with candidate j; a stage without voices is a
   * white spot: it carries the best total before it and breaks continuity. Links through a
   * shared community go through the best total of each community at the previous stage.
   */
  const forward = (order: readonly number[], first: number | null): Run => {
    const run: Run = { total: [], from: [] };
    let carried = 0;
    for (let x = 0; x < order.length; x += 1) {
      const stage = order[x] as number;
      const actors = ids[stage] as Int32Array;
      const value = values[stage] as Float64Array;
      const size = actors.length;
      const t = new Float64Array(size);
      const f = new Int32Array(size).fill(-1);
      if (x === 0) {
        for (let j = 0; j < size; j += 1)
          t[j] = first === null || first === j ? (value[j] as number) : NONE;
      } else {
        const before = order[x - 1] as number;
        const prevActors = ids[before] as Int32Array;
        const prev = run.total[x - 1] as Float64Array;
        const prevCommunities = memberOf[before] as Int32Array[];
        const bestPrev = bestIndex(prev, prevActors);
        const base = bestPrev === -1 ? carried : (prev[bestPrev] as number);
        const links = (
          before === (stage - 1 + n) % n ? towards[stage] : onwards[stage]
        ) as Int32Array[];
        for (let i = 0; i < prev.length; i += 1) {
          if (prev[i] === NONE) continue;
          for (const c of prevCommunities[i] as Int32Array) {
            const held = bestInCommunity[c] as number;
            if (
              held === -1 ||
              (prev[i] as number) > (prev[held] as number) ||
              (prev[i] === prev[held] && (prevActors[i] as number) < (prevActors[held] as number))
            )
              bestInCommunity[c] = i;
          }
        }
        const communities = memberOf[stage] as Int32Array[];
        for (let j = 0; j < size; j += 1) {
          let total = base;
          let origin = bestPrev;
          const consider = (i: number) => {
            const withBonus = (prev[i] as number) + bonus;
            if (
              withBonus > total ||
              (withBonus === total &&
                origin !== -1 &&
                (prevActors[i] as number) < (prevActors[origin] as number))
            ) {
              total = withBonus;
              origin = i;
            }
          };
          for (const i of links[j] as Int32Array) if (prev[i] !== NONE) consider(i);
          for (const c of communities[j] as Int32Array) {
            const i = bestInCommunity[c] as number;
            if (i !== -1) consider(i);
          }
          t[j] = total + (value[j] as number);
          f[j] = origin;
        }
        // Reset only what this stage set, for the next position.
        for (const list of prevCommunities) for (const c of list) bestInCommunity[c] = -1;
      }
      const best = bestIndex(t, actors);
      if (best !== -1) carried = t[best] as number;
      run.total.push(t);
      run.from.push(f);
    }
    return run;
  };

  /** Voices by original stage index (−1 at a white spot), read back from position `last`. */
  const backtrack = (order: readonly number[], run: Run, last: number | null): number[] => {
    const picks = new Array<number>(n).fill(-1);
    let current = last ?? -1;
    let fresh = last === null;
    for (let x = order.length - 1; x >= 0; x -= 1) {
      const stage = order[x] as number;
      const list = candidates[stage] as Candidate[];
      if (list.length === 0) {
        fresh = true;
        continue;
      }
      if (fresh) current = bestIndex(run.total[x] as Float64Array, ids[stage] as Int32Array);
      if (current === -1) continue;
      picks[stage] = current;
      current = (run.from[x] as Int32Array)[current] as number;
      fresh = current === -1;
    }
    return picks;
  };

  /** The score of one voice per stage, the loop's closing bonus included. */
  const scoreOfPicks = (picks: readonly number[]): number => {
    let sum = 0;
    for (let s = 0; s < n; s += 1) {
      const j = picks[s] as number;
      if (j === -1) continue;
      const voice = (candidates[s] as Candidate[])[j] as Candidate;
      sum += voice.value;
      const p = (s - 1 + n) % n;
      const pj = picks[p] as number;
      if (
        n > 1 &&
        pj !== -1 &&
        linked(((candidates[p] as Candidate[])[pj] as Candidate).actorId, voice.actorId)
      )
        sum += bonus;
    }
    return sum;
  };

  /**
   * The best closed path with candidate `first` at stage `order[0]`: one pass, the last voice
   * chosen with the bonus it earns by handing back to the first.
   */
  const closedFrom = (order: readonly number[], first: number): number[] => {
    const run = forward(order, first);
    const head = (candidates[order[0] as number] as Candidate[])[first] as Candidate;
    const lastStage = order[order.length - 1] as number;
    const lastList = candidates[lastStage] as Candidate[];
    const totals = run.total[order.length - 1] as Float64Array;
    let last: number | null = null;
    let best = Number.NEGATIVE_INFINITY;
    lastList.forEach((c, j) => {
      if (totals[j] === Number.NEGATIVE_INFINITY) return;
      const closed =
        (totals[j] as number) + (order.length > 1 && linked(c.actorId, head.actorId) ? bonus : 0);
      if (
        closed > best ||
        (closed === best && last !== null && c.actorId < (lastList[last] as Candidate).actorId)
      ) {
        best = closed;
        last = j;
      }
    });
    const picks = backtrack(order, run, last);
    picks[order[0] as number] = first;
    return picks;
  };

  /**
   * The best closed path: the open optimum first, then each first voice in turn, most promising
   * first (by an upper bound from one pass), until even the bound cannot beat the best found.
   * Exact, and usually a handful of passes.
   */
  const order = Array.from({ length: n }, (_, s) => s);
  const bestLoop = (): number[] => {
    if (n === 0) return [];
    const openPicks = backtrack(order, forward(order, null), null);
    let best = { picks: openPicks, total: scoreOfPicks(openPicks) };
    const firstList = candidates[0] as Candidate[];
    if (n < 2 || firstList.length === 0) return best.picks;
    // The loop walked from stage 1 round to stage 0: its best total ending at each first voice,
    // plus the one link it leaves out (stage 0 to 1), bounds every closed path from that voice.
    const endingAtFirst = forward([...order.slice(1), 0], null);
    const bound = endingAtFirst.total[n - 1] as Float64Array;
    const tries = firstList
      .map((c, j) => ({ j, open: bound[j] as number, id: c.actorId }))
      .sort((a, b) => b.open - a.open || a.id - b.id);
    for (const option of tries) {
      if (option.open + bonus <= best.total) break;
      const picks = closedFrom(order, option.j);
      const total = scoreOfPicks(picks);
      if (total > best.total) best = { picks, total };
    }
    return best.picks;
  };

  const picks = bestLoop();
  const stages: StagePath[] = input.stages.map((stage, s) => {
    const list = candidates[s] as Candidate[];
    const j = picks[s] ?? -1;
    const voice = j === -1 ? null : (list[j] as Candidate);
    const p = (s - 1 + n) % n;
    const pj = picks[p] ?? -1;
    const continued =
      n > 1 &&
      voice !== null &&
      pj !== -1 &&
      linked(((candidates[p] as Candidate[])[pj] as Candidate).actorId, voice.actorId);
    // Alternatives: the best closed paths through each other voice of this stage, exact: every
    // voice gets an upper bound from one pass round the loop ending here; the most promising are
    // then computed exactly (one pass each, the loop rotated to start here with that voice
    // fixed) until no bound can beat the k-th best found.
    const alternatives: StagePath['alternatives'] = [];
    if (list.length > 1) {
      const rotated = Array.from({ length: n }, (_, x) => (s + x) % n);
      const bounds = forward([...rotated.slice(1), s], null).total[n - 1] as Float64Array;
      const tries = list
        .map((c, i) => ({ c, i, bound: (bounds[i] as number) + (n > 1 ? bonus : 0) }))
        .filter(({ i }) => i !== j)
        .sort((a, b) => b.bound - a.bound || a.c.actorId - b.c.actorId);
      for (const { c, i, bound } of tries) {
        const kth = alternatives[k - 1];
        if (alternatives.length >= k && kth && bound < kth.pathScore) break;
        alternatives.push({ ...c, pathScore: scoreOfPicks(closedFrom(rotated, i)) });
        alternatives.sort((a, b) => b.pathScore - a.pathScore || a.actorId - b.actorId);
      }
      alternatives.length = Math.min(alternatives.length, k);
    }
    const exposure = stage.placements
      .filter((pl) => stanceOf(pl.actorId) < 0)
      .map((pl) => ({
        actorId: pl.actorId,
        stance: stanceOf(pl.actorId),
        loudness: (pl.legitimacy * scoreOf(pl.actorId) * -stanceOf(pl.actorId)) / 2,
      }))
      .sort((a, b) => b.loudness - a.loudness || a.actorId - b.actorId);
    return {
      stageId: stage.id,
      stage: stage.name,
      isMomentOfTruth: stage.isMomentOfTruth,
      voice,
      continued,
      score: (voice?.value ?? 0) + (continued ? bonus : 0),
      alternatives,
      exposure: dedupe(exposure),
      whiteSpot: voice === null,
    };
  });
  const score = stages.reduce((sum, st) => sum + st.score, 0);
  return { stages, score, whiteSpots: stages.filter((st) => st.whiteSpot).map((st) => st.stage) };
}

/** An actor placed twice at a stage (at two touchpoints) is exposed once, at its loudest. */
function dedupe(list: Exposure[]): Exposure[] {
  const seen = new Set<number>();
  return list.filter((e) => (seen.has(e.actorId) ? false : (seen.add(e.actorId), true)));
}
