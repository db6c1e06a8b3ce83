import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/** Voices per topic in the summary, and topics summarised there. */
const TOP_VOICES = 5;
const SUMMARY_TOPICS = 3;
const SUMMARY_RISKS = 3;
const MAGIC_NAMES = 5;

/**
 * The executive summary: the five facts a director reads (the map in numbers, the strongest voice,
 * the riskiest detractor cluster, the white spots, the magic middle), the counts, the top voices
 * per topic with tier and what each R adds, the riskiest clusters and each journey's white spots.
 */
export function summaryBlocks(c: SectionContext): Block[] {
  const { data, text } = c;
  const s = text.summary;
  const [detractors, critics, neutral, sympathisers, ambassadors] = data.stances;
  const facts: string[] = [
    s.mapFact(
      {
        actors: data.counts.actors,
        relations: data.counts.relations,
        allies: sympathisers + ambassadors,
        neutral,
        against: critics + detractors,
      },
      (v) => c.n(v),
    ),
  ];
  const first = data.rankings[0];
  const best = first?.rows[0];
  facts.push(
    first && best && best.score > 0 && first.topicId === null
      ? s.bestVoiceFact(
          c.name(best.actorId),
          c.tier(best.actorId),
          c.n(best.score, 1),
          c.parts(best.contributions),
        )
      : first && best && best.score > 0
        ? s.voiceFact(
            first.topicName,
            c.name(best.actorId),
            c.tier(best.actorId),
            c.n(best.score, 1),
            c.parts(best.contributions),
          )
        : s.noVoiceFact,
  );
  const cluster = data.risks.find((r) => r.isDetractorCluster);
  facts.push(
    cluster
      ? s.riskFact(
          cluster.name,
          c.n(cluster.risk, 1),
          c.n(cluster.size),
          c.n(cluster.bridges.length),
        )
      : s.noRiskFact,
  );
  const journey = data.journeys[0];
  facts.push(
    journey
      ? journey.path.whiteSpots.length > 0
        ? s.whiteSpotFact(journey.name, text.list(journey.path.whiteSpots))
        : s.noWhiteSpotFact(journey.name)
      : s.noJourneyFact,
  );
  const magic = first?.magicMiddle ?? [];
  facts.push(
    magic.length > 0
      ? s.magicMiddleFact(
          magic.length,
          text.list(magic.slice(0, MAGIC_NAMES).map((r) => c.name(r.actorId))),
        )
      : s.noMagicMiddleFact,
  );

  const counted: Array<[number, (n: number) => string]> = [
    [data.counts.actors, s.actors],
    [data.counts.relations, s.relations],
    [data.counts.communities, s.communities],
    [data.counts.topics, s.topics],
    [data.counts.journeys, s.journeys],
    [sympathisers + ambassadors, s.allies],
    [critics + detractors, s.detractors],
  ];
  const blocks: Block[] = [
    { kind: 'heading', text: s.keyFacts, level: 2 },
    { kind: 'bullets', items: facts },
    { kind: 'heading', text: s.counts, level: 2 },
    {
      kind: 'figures',
      items: counted.map(([count, label]) => ({ value: c.n(count), label: label(count) })),
    },
  ];
  const t = text.table;
  for (const ranking of data.rankings.slice(0, SUMMARY_TOPICS)) {
    blocks.push(
      { kind: 'heading', text: s.topVoices(ranking.topicName), level: 3 },
      {
        kind: 'table',
        columns: [
          { label: t.rank, width: 0.06, align: 'right' },
          { label: t.actor, width: 0.3 },
          { label: t.tier, width: 0.1 },
          { label: t.score, width: 0.1, align: 'right' },
          { label: t.reach, width: 0.11, align: 'right' },
          { label: t.resonance, width: 0.11, align: 'right' },
          { label: t.relevance, width: 0.11, align: 'right' },
          { label: t.centrality, width: 0.11, align: 'right' },
        ],
        rows: ranking.rows
          .slice(0, TOP_VOICES)
          .map((r) => [
            String(r.rank),
            c.name(r.actorId),
            c.tier(r.actorId),
            c.n(r.score, 1),
            c.n(r.contributions.reach, 1),
            c.n(r.contributions.resonance, 1),
            c.n(r.contributions.relevance, 1),
            c.n(r.contributions.centrality, 1),
          ]),
      },
    );
  }
  if (data.risks.length > 0) {
    const riskiest = [
      ...data.risks.filter((r) => r.isDetractorCluster),
      ...data.risks.filter((r) => !r.isDetractorCluster),
    ];
    blocks.push(
      { kind: 'heading', text: s.riskiest, level: 3 },
      {
        kind: 'table',
        columns: [
          { label: t.community, width: 0.4 },
          { label: t.risk, width: 0.12, align: 'right' },
          { label: t.members, width: 0.12, align: 'right' },
          { label: t.bridges, width: 0.36 },
        ],
        rows: riskiest.slice(0, SUMMARY_RISKS).map((r) => [
          `${r.name}${r.isDetractorCluster ? ` (${text.risks.detractorCluster.toLowerCase()})` : ''}`,
          c.n(r.risk, 1),
          c.n(r.size),
          r.bridges.length > 0
            ? r.bridges
                .slice(0, 3)
                .map((b) => c.name(b.actorId))
                .join(', ')
            : '—',
        ]),
      },
    );
  }
  if (data.journeys.length > 0)
    blocks.push(
      { kind: 'heading', text: s.whiteSpots, level: 3 },
      {
        kind: 'table',
        columns: [
          { label: t.journey, width: 0.4 },
          { label: t.whiteSpots, width: 0.6 },
        ],
        rows: data.journeys.map((j) => [
          j.name,
          j.path.whiteSpots.length > 0 ? j.path.whiteSpots.join(', ') : s.noneAtAll,
        ]),
      },
    );
  return blocks;
}
