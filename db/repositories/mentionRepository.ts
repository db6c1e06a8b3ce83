import {
  isoWeek,
  OWN_VOICE_KINDS,
  shareOfVoice,
  type MentionBucket,
  type TopicVoice,
} from '../../shared/analytics/shareOfVoice';
import type { SqliteDatabase } from '../sqlite';

/**
 * Mentions summed by topic, day and voice in SQL (a few rows per day, whatever the number of
 * mentions), then by ISO week and topic (shared/analytics/shareOfVoice.ts).
 */
export function createMentionRepository(db: SqliteDatabase) {
  const own = OWN_VOICE_KINDS.map((k) => `'${k}'`).join(', ');
  const byDay = db.prepare<
    [],
    {
      topic_id: number | null;
      day: string;
      voice: MentionBucket['voice'];
      mentions: number;
      sentiment_sum: number | null;
      with_sentiment: number;
      reach: number | null;
    }
  >(
    `SELECT m.topic_id, date(m.published_at) AS day,
            CASE WHEN a.kind IN (${own}) THEN 'own' WHEN a.kind = 'competitor' THEN 'competitor' ELSE 'other' END AS voice,
            count(*) AS mentions, sum(m.sentiment) AS sentiment_sum, count(m.sentiment) AS with_sentiment,
            sum(m.reach) AS reach
     FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id
     GROUP BY m.topic_id, day, voice`,
  );
  const unmatched = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM mentions WHERE actor_id IS NULL',
  );
  return {
    summary(): { topics: TopicVoice[]; unmatched: number } {
      const buckets: MentionBucket[] = byDay.all().map((r) => ({
        topicId: r.topic_id,
        week: isoWeek(r.day),
        voice: r.voice,
        mentions: r.mentions,
        sentimentSum: r.sentiment_sum ?? 0,
        withSentiment: r.with_sentiment,
        reach: r.reach ?? 0,
      }));
      return { topics: shareOfVoice(buckets), unmatched: unmatched.get()?.n ?? 0 };
    },
  };
}
