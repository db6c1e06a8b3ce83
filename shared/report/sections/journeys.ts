import type { ReportJourney } from '../reportData';
import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

const pct = (c: SectionContext, x: number) => c.share(x, 0);

/**
 * Each journey: who it is for and on which topic, the path's score and white spots, the loop
 * (stages, moments of truth, the path, white spots, exposure), then stage by stage the chosen
 * voice with its legitimacy, the alternatives and the exposure to detractors, and the lanes.
 */
export function journeyBlocks(c: SectionContext, journey: ReportJourney): Block[] {
  const j = c.text.journeys;
  const t = c.text.table;
  const path = journey.path;
  const about = [
    journey.persona ? `${j.persona}${c.colon}${journey.persona}` : null,
    `${j.topic}${c.colon}${journey.topicName ?? j.bestTopic}`,
  ].filter((x): x is string => x !== null);
  return [
    { kind: 'heading', text: journey.name, level: 2 },
    ...about.map((line): Block => ({ kind: 'paragraph', text: line, tone: 'muted' })),
    {
      kind: 'paragraph',
      text: `${j.score(c.n(path.score, 1))} ${path.whiteSpots.length > 0 ? j.whiteSpots(c.text.list(path.whiteSpots)) : j.noWhiteSpot}`,
    },
    { kind: 'heading', text: j.stages, level: 3 },
    {
      kind: 'table',
      columns: [
        { label: t.stage, width: 0.22 },
        { label: t.voice, width: 0.26 },
        { label: t.alternatives, width: 0.26 },
        { label: t.exposure, width: 0.26 },
      ],
      rows: path.stages.map((s) => [
        `${s.stage}${s.isMomentOfTruth ? `\n${j.mot}` : ''}`,
        s.voice
          ? `${c.name(s.voice.actorId)} (${pct(c, s.voice.legitimacy)})${s.continued ? ` — ${j.continued}` : ''}`
          : j.whiteSpot.toUpperCase(),
        s.alternatives.map((a) => `${c.name(a.actorId)} (${pct(c, a.legitimacy)})`).join('\n') ||
          '—',
        s.exposure
          .map((e) => `${c.name(e.actorId)} (${c.stance(e.stance)}, ${c.n(e.loudness, 1)})`)
          .join('\n') || '—',
      ]),
    },
    { kind: 'figure', scene: journey.loop, page: true, title: `${journey.name} — ${j.loop}` },
    { kind: 'figure', scene: journey.lanes, page: true, title: `${journey.name} — ${j.lanes}` },
  ];
}
