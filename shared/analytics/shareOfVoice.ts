/**
 * Share of voice (DESIGN.md §1): the organisation's share of the mentions on a topic against the
 * others'. "The organisation" is what its own actors say: the kinds in OWN_VOICE_KINDS (its
 * brand, its owned media, its employees); competitors are the actors of kind `competitor`;
 * everyone else, matched or not, is "others". Mentions without a topic are counted under none.
 * Sentiment is averaged over the mentions that have one (−1..1), per ISO week for the timeline.
 */
export const OWN_VOICE_KINDS = ['brand', 'owned_medium', 'employee'] as const;

/** Mentions aggregated by topic, week and voice (as the map file sums them). */
export type MentionBucket = {
  topicId: number | null;
  /** ISO week, `2026-W09`. */
  week: string;
  voice: 'own' | 'competitor' | 'other';
  mentions: number;
  /** Sum of sentiment over the mentions that have one, and how many have one. */
  sentimentSum: number;
  withSentiment: number;
  reach: number;
};

export type TopicVoice = {
  topicId: number | null;
  mentions: number;
  own: number;
  competitor: number;
  other: number;
  /** own / mentions, 0..1. */
  share: number;
  /** Mean sentiment, or null when no mention has one. */
  sentiment: number | null;
  timeline: Array<{ week: string; mentions: number; sentiment: number | null }>;
};

export function shareOfVoice(buckets: readonly MentionBucket[]): TopicVoice[] {
  const byTopic = new Map<number | null, MentionBucket[]>();
  for (const b of buckets) {
    const list = byTopic.get(b.topicId);
    if (list) list.push(b);
    else byTopic.set(b.topicId, [b]);
  }
  return [...byTopic]
    .map(([topicId, list]) => {
      const sum = (voice: MentionBucket['voice']) =>
        list.filter((b) => b.voice === voice).reduce((n, b) => n + b.mentions, 0);
      const mentions = list.reduce((n, b) => n + b.mentions, 0);
      const withSentiment = list.reduce((n, b) => n + b.withSentiment, 0);
      const weeks = new Map<string, { mentions: number; sum: number; n: number }>();
      for (const b of list) {
        const w = weeks.get(b.week) ?? { mentions: 0, sum: 0, n: 0 };
        w.mentions += b.mentions;
        w.sum += b.sentimentSum;
        w.n += b.withSentiment;
        weeks.set(b.week, w);
      }
      const own = sum('own');
      return {
        topicId,
        mentions,
        own,
        competitor: sum('competitor'),
        other: sum('other'),
        share: mentions > 0 ? own / mentions : 0,
        sentiment:
          withSentiment > 0 ? list.reduce((s, b) => s + b.sentimentSum, 0) / withSentiment : null,
        timeline: [...weeks]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([week, w]) => ({
            week,
            mentions: w.mentions,
            sentiment: w.n > 0 ? w.sum / w.n : null,
          })),
      };
    })
    .sort((a, b) => b.mentions - a.mentions);
}

/** The ISO week of a date (`YYYY-MM-DD`), as `2026-W09`. */
export function isoWeek(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  // The Thursday of the same week decides the year; weeks count from that year's first Thursday.
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
