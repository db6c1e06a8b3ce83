/**
 * What the user reads of a community, detected or drawn: its size, total reach, mean stance and
 * most central members, and for a detected one a name to start from. The name is the tag that at
 * least half of its members share (`#privacy · Ada Lune`), else its two most central members
 * (`Ada Lune · Bo Vert`), so that the user recognises it before renaming it.
 */
export type MemberFacts = {
  /** By node index. */
  names: ArrayLike<string>;
  stance: ArrayLike<number>;
  reach: ArrayLike<number>;
  tags: ArrayLike<readonly string[]>;
  /** PageRank (or any centrality) by node index. */
  centrality: ArrayLike<number>;
};

export type CommunitySummary = {
  name: string;
  /** Node indexes, most central first. */
  members: number[];
  size: number;
  totalReach: number;
  meanStance: number;
  /** Up to five, most central first. */
  topMembers: number[];
};

export function summariseCommunity(
  members: readonly number[],
  facts: MemberFacts,
): CommunitySummary {
  const ordered = [...members].sort(
    (a, b) => (facts.centrality[b] as number) - (facts.centrality[a] as number) || a - b,
  );
  let totalReach = 0;
  let stance = 0;
  const tagCount = new Map<string, number>();
  for (const m of ordered) {
    totalReach += facts.reach[m] as number;
    stance += facts.stance[m] as number;
    for (const tag of facts.tags[m] ?? []) tagCount.set(tag, (tagCount.get(tag) ?? 0) + 1);
  }
  const [tag, count] = [...tagCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [
    '',
    0,
  ];
  const lead = ordered.slice(0, 2).map((m) => facts.names[m] as string);
  const name =
    tag && count >= 2 && count * 2 >= ordered.length
      ? `#${tag} · ${lead[0] ?? ''}`
      : lead.join(' · ');
  return {
    name: name.slice(0, 300),
    members: ordered,
    size: ordered.length,
    totalReach,
    meanStance: ordered.length > 0 ? stance / ordered.length : 0,
    topMembers: ordered.slice(0, 5),
  };
}

/** Node indexes grouped by community number (0..count-1). */
export function membersByCommunity(community: ArrayLike<number>, count: number): number[][] {
  const groups = Array.from({ length: count }, () => [] as number[]);
  for (let i = 0; i < community.length; i += 1) groups[community[i] as number]?.push(i);
  return groups;
}
