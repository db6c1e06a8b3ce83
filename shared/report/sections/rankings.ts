import type { TopicRanking } from '../reportData';
import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/** Actors listed per topic. */
export const RANKED_SHOWN = 15;

/**
 * Per topic: the best ranked with their influence score, tier, reach, resonance and relevance,
 * then the magic middle on that topic.
 */
export function rankingBlocks(c: SectionContext): Block[] {
  const { data, text } = c;
  const blocks: Block[] = [
    { kind: 'paragraph', text: text.rankings.intro(c.n(RANKED_SHOWN)), tone: 'muted' },
  ];
  for (const ranking of data.rankings) blocks.push(...topicBlocks(c, ranking));
  if (data.moreTopics > 0)
    blocks.push({
      kind: 'paragraph',
      text: text.rankings.more(c.n(data.moreTopics)),
      tone: 'note',
    });
  return blocks;
}

function topicBlocks(c: SectionContext, ranking: TopicRanking): Block[] {
  const t = c.text.table;
  const rk = c.text.rankings;
  const row = (r: TopicRanking['rows'][number]) => {
    const actor = c.actor(r.actorId);
    return [
      String(r.rank),
      c.name(r.actorId),
      c.tier(r.actorId),
      actor?.reach !== null && actor?.reach !== undefined ? c.n(actor.reach) : '—',
      actor?.resonance !== null && actor?.resonance !== undefined ? c.share(actor.resonance) : '—',
      c.n(r.components.relevance, 2),
      c.n(r.score, 1),
      r.magicMiddle ? t.yes : '',
    ];
  };
  const columns = [
    { label: t.rank, width: 0.06, align: 'right' as const },
    { label: t.actor, width: 0.3 },
    { label: t.tier, width: 0.1 },
    { label: t.reach, width: 0.13, align: 'right' as const },
    { label: t.resonance, width: 0.12, align: 'right' as const },
    { label: t.relevance, width: 0.1, align: 'right' as const },
    { label: t.score, width: 0.08, align: 'right' as const },
    { label: t.magicMiddle, width: 0.11 },
  ];
  return [
    { kind: 'heading', text: ranking.topicId === null ? rk.best : ranking.topicName, level: 2 },
    { kind: 'table', columns, rows: ranking.rows.slice(0, RANKED_SHOWN).map(row) },
    { kind: 'heading', text: rk.magicMiddle, level: 3 },
    ranking.magicMiddle.length > 0
      ? {
          kind: 'paragraph',
          text: `${rk.magicMiddleIntro} ${c.text.list(ranking.magicMiddle.map((r) => c.name(r.actorId)))}.`,
        }
      : { kind: 'paragraph', text: rk.noMagicMiddle, tone: 'muted' },
  ];
}
