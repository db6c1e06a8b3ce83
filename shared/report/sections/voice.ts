import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/** Topics drawn over time (the table lists them all). */
const CHARTS = 6;

/** Share of voice per topic (ours against competitors and others) and the weekly sentiment. */
export function voiceBlocks(c: SectionContext): Block[] {
  const voice = c.data.voice;
  if (!voice) return [];
  const t = c.text.table;
  const sentiment = (s: number | null) => (s === null ? '—' : c.n(s, 2));
  const blocks: Block[] = [
    { kind: 'paragraph', text: c.text.voice.intro, tone: 'muted' },
    {
      kind: 'table',
      columns: [
        { label: t.topic, width: 0.32 },
        { label: t.mentions, width: 0.13, align: 'right' },
        { label: t.share, width: 0.14, align: 'right' },
        { label: t.competitors, width: 0.14, align: 'right' },
        { label: t.others, width: 0.13, align: 'right' },
        { label: t.sentiment, width: 0.14, align: 'right' },
      ],
      rows: voice.topics.map((v) => [
        v.topicName ?? c.text.voice.none,
        c.n(v.voice.mentions),
        c.share(v.voice.share),
        c.n(v.voice.competitor),
        c.n(v.voice.other),
        sentiment(v.voice.sentiment),
      ]),
    },
  ];
  if (voice.unmatched > 0)
    blocks.push({
      kind: 'paragraph',
      text: c.text.voice.unmatched(voice.unmatched, c.n(voice.unmatched)),
      tone: 'note',
    });
  for (const v of voice.topics.slice(0, CHARTS))
    blocks.push({ kind: 'figure', scene: v.figure, page: false, maxHeight: 260 });
  return blocks;
}
