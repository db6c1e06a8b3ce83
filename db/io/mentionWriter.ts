import type { MentionRow } from '../../shared/io/mentionTable';
import { nfcKey } from '../../shared/util/text';
import type { SqliteDatabase } from '../sqlite';
import type { ImportCounts } from './journeyTableWriter';

export type MentionCounts = ImportCounts & { unmatched: number; topics: number };

/**
 * Writes mentions (inside the caller's transaction), each matched to an actor by the author's
 * platform handle (with or without `@`, case ignored, in NFC) or actor key; authors the map does not
 * know are kept unmatched (they still count in the totals). Topics are matched by name (case
 * ignored, in NFC: "Café" with a combining accent is the topic "Café") and
 * created when new. A mention with a URL is the same mention when imported again; without one,
 * the same date, author, topic and figures make it the same.
 */
export function writeMentions(
  db: SqliteDatabase,
  rows: readonly MentionRow[],
  counts: MentionCounts,
): void {
  /** A handle, key or topic as compared. */
  const matching = (text: string) => nfcKey(text.toLowerCase());
  const byHandle = new Map<string, number>();
  for (const a of db
    .prepare<[], { handle: string; actor_id: number }>('SELECT handle, actor_id FROM accounts')
    .iterate())
    byHandle.set(matching(a.handle.replace(/^@/, '')), a.actor_id);
  for (const a of db
    .prepare<[], { key: string; id: number }>('SELECT key, id FROM actors')
    .iterate())
    if (!byHandle.has(matching(a.key))) byHandle.set(matching(a.key), a.id);
  const topics = new Map(
    db
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM topics')
      .all()
      .map((t) => [matching(t.name), t.id]),
  );
  const addTopic = db.prepare('INSERT INTO topics (name) VALUES (?)');
  const byUrl = db.prepare<
    [string],
    {
      id: number;
      sentiment: number | null;
      reach: number | null;
      engagement: number | null;
      actor_id: number | null;
      topic_id: number | null;
    }
  >('SELECT id, sentiment, reach, engagement, actor_id, topic_id FROM mentions WHERE url = ?');
  const same = db.prepare<
    [string, string | null, number | null, number | null, number | null],
    { id: number }
  >(
    'SELECT id FROM mentions WHERE url IS NULL AND published_at = ? AND author IS ? AND topic_id IS ? AND reach IS ? AND engagement IS ?',
  );
  const insert = db.prepare(
    `INSERT INTO mentions (actor_id, topic_id, published_at, author, query, sentiment, reach, engagement, url, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')`,
  );
  const update = db.prepare(
    'UPDATE mentions SET actor_id = ?, topic_id = ?, sentiment = ?, reach = ?, engagement = ? WHERE id = ?',
  );
  for (const row of rows) {
    const actor = row.author === null ? undefined : byHandle.get(matching(row.author));
    if (actor === undefined) counts.unmatched += 1;
    let topic: number | null = null;
    if (row.topic !== null) {
      const known = topics.get(matching(row.topic));
      if (known === undefined) {
        topic = Number(addTopic.run(row.topic.slice(0, 300)).lastInsertRowid);
        topics.set(matching(row.topic), topic);
        counts.topics += 1;
      } else topic = known;
    }
    const values = { actor: actor ?? null, topic };
    if (row.url !== null) {
      const found = byUrl.get(row.url);
      if (found) {
        if (
          found.sentiment !== row.sentiment ||
          found.reach !== row.reach ||
          found.engagement !== row.engagement ||
          found.actor_id !== values.actor ||
          found.topic_id !== values.topic
        ) {
          update.run(
            values.actor,
            values.topic,
            row.sentiment,
            row.reach,
            row.engagement,
            found.id,
          );
          counts.updated += 1;
        } else counts.unchanged += 1;
        continue;
      }
    } else if (same.get(row.publishedAt, row.author, topic, row.reach, row.engagement)) {
      counts.unchanged += 1;
      continue;
    }
    insert.run(
      values.actor,
      values.topic,
      row.publishedAt,
      row.author,
      row.topic,
      row.sentiment,
      row.reach,
      row.engagement,
      row.url,
    );
    counts.created += 1;
  }
}
