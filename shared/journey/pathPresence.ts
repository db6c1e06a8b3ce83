import type { TierThresholds } from '../domain/tiers';
import { tierOf } from '../domain/tiers';

/**
 * Path presence (DESIGN.md §1, "parcours d'influence"): the share of observed trails that pass
 * through an actor — its weight in what people actually met, whatever its audience. An actor met
 * twice on one trail counts once for that trail.
 *
 * Where presence and reach disagree:
 * - **hidden influencer**: present on at least HIDDEN_PRESENCE of the trails with a nano or micro
 *   audience (or none known) — small, but on the way;
 * - **vanity reach**: a macro or mega audience, yet on fewer than VANITY_PRESENCE of the trails —
 *   large, but off the way.
 */
export const HIDDEN_PRESENCE = 0.1;
export const VANITY_PRESENCE = 0.02;

export type TrailSteps = {
  /** One entry per step: its trail (0..trails−1) and its actor id (or −1 for a touchpoint). */
  trail: ArrayLike<number>;
  actor: ArrayLike<number>;
  trails: number;
};

export type Presence = { actorId: number; trails: number; presence: number };

export function pathPresence(steps: TrailSteps): Map<number, Presence> {
  const count = new Map<number, number>();
  // Last trail in which each actor was counted: an actor met twice on a trail counts once,
  // without a set per trail (steps of a trail need not be contiguous).
  const lastTrail = new Map<number, Set<number>>();
  const contiguous = isSortedByTrail(steps.trail);
  const seenOn = new Map<number, number>();
  for (let i = 0; i < steps.actor.length; i += 1) {
    const actor = steps.actor[i] as number;
    if (actor < 0) continue;
    const trail = steps.trail[i] as number;
    if (contiguous) {
      if (seenOn.get(actor) === trail) continue;
      seenOn.set(actor, trail);
    } else {
      const trailsOf = lastTrail.get(actor) ?? new Set<number>();
      if (trailsOf.has(trail)) continue;
      trailsOf.add(trail);
      lastTrail.set(actor, trailsOf);
    }
    count.set(actor, (count.get(actor) ?? 0) + 1);
  }
  const result = new Map<number, Presence>();
  for (const [actorId, trails] of count)
    result.set(actorId, {
      actorId,
      trails,
      presence: steps.trails > 0 ? trails / steps.trails : 0,
    });
  return result;
}

function isSortedByTrail(trail: ArrayLike<number>): boolean {
  for (let i = 1; i < trail.length; i += 1)
    if ((trail[i] as number) < (trail[i - 1] as number)) return false;
  return true;
}

export type Disagreement = {
  actorId: number;
  kind: 'hidden' | 'vanity';
  presence: number;
  reach: number | null;
};

/** Hidden influencers and vanity reach among `actors`, most striking first. */
export function presenceVersusReach(
  actors: ReadonlyArray<{ id: number; reach: number | null }>,
  presence: ReadonlyMap<number, Presence>,
  thresholds: TierThresholds,
): Disagreement[] {
  const hidden: Disagreement[] = [];
  const vanity: Disagreement[] = [];
  for (const actor of actors) {
    const share = presence.get(actor.id)?.presence ?? 0;
    const tier = tierOf(actor.reach, thresholds);
    if (share >= HIDDEN_PRESENCE && (tier === null || tier === 'nano' || tier === 'micro'))
      hidden.push({ actorId: actor.id, kind: 'hidden', presence: share, reach: actor.reach });
    else if ((tier === 'macro' || tier === 'mega') && share < VANITY_PRESENCE)
      vanity.push({ actorId: actor.id, kind: 'vanity', presence: share, reach: actor.reach });
  }
  hidden.sort((a, b) => b.presence - a.presence || a.actorId - b.actorId);
  vanity.sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0) || a.actorId - b.actorId);
  return [...hidden, ...vanity];
}
