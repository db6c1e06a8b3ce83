import type { ReportRisk } from '../reportData';
import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/** Communities detailed one by one when none is a detractor cluster. */
const RISKIEST_SHOWN = 3;
/** Detractor clusters detailed one by one, at most. */
const CLUSTERS_SHOWN = 10;

/**
 * The risk hotspots: the chart of every community, then each detractor cluster (else the
 * riskiest communities) with its risk breakdown, its bridges, the allies who can answer it and
 * its part of the map.
 */
export function riskBlocks(c: SectionContext): Block[] {
  const { data, text } = c;
  const r = text.risks;
  const clusters = data.risks.filter((x) => x.isDetractorCluster).slice(0, CLUSTERS_SHOWN);
  const detailed = clusters.length > 0 ? clusters : data.risks.slice(0, RISKIEST_SHOWN);
  return [
    data.riskChart
      ? { kind: 'figure', scene: data.riskChart, page: true, title: r.overview, caption: r.intro }
      : { kind: 'paragraph', text: r.intro, tone: 'muted' },
    ...(clusters.length === 0
      ? [{ kind: 'paragraph' as const, text: r.noDetractorCluster, tone: 'note' as const }]
      : []),
    ...detailed.flatMap((risk) => clusterBlocks(c, risk)),
  ];
}

function clusterBlocks(c: SectionContext, risk: ReportRisk): Block[] {
  const r = c.text.risks;
  const t = c.text.table;
  const f = r.factors;
  const ties = (list: ReadonlyArray<{ actorId: number; strength: number }>) =>
    list.map((x) => [
      c.name(x.actorId),
      c.tier(x.actorId),
      c.stance(c.actor(x.actorId)?.stance ?? 0),
      c.n(x.strength, 1),
    ]);
  const tieColumns = (first: string) => [
    { label: first, width: 0.46 },
    { label: t.tier, width: 0.16 },
    { label: t.stance, width: 0.22 },
    { label: t.strength, width: 0.16, align: 'right' as const },
  ];
  return [
    {
      kind: 'heading',
      text: `${risk.isDetractorCluster ? r.detractorCluster : r.community} — ${risk.name}`,
      level: 2,
    },
    {
      kind: 'figures',
      items: [
        { value: c.n(risk.risk, 1), label: t.risk },
        { value: c.n(risk.size), label: t.members },
        { value: c.n(risk.meanStance, 2), label: t.meanStance },
        { value: c.n(risk.totalReach), label: t.reach },
      ],
    },
    { kind: 'heading', text: r.breakdown, level: 3 },
    {
      kind: 'table',
      columns: [
        { label: t.factor, width: 0.75 },
        { label: t.value, width: 0.25, align: 'right' },
      ],
      rows: [
        [f.negativity, c.n(risk.terms.negativity, 2)],
        [f.reach, c.n(risk.terms.reach, 2)],
        [f.size, c.n(risk.terms.size, 2)],
        [f.cohesion, c.n(risk.terms.cohesion, 2)],
        [f.outward, c.n(risk.terms.outward, 2)],
        [f.journey, c.n(risk.terms.journey, 2)],
        [t.risk, c.n(risk.risk, 1)],
      ],
    },
    { kind: 'heading', text: t.bridges, level: 3 },
    risk.bridges.length > 0
      ? { kind: 'table', columns: tieColumns(t.actor), rows: ties(risk.bridges) }
      : { kind: 'paragraph', text: r.noBridge, tone: 'muted' },
    { kind: 'heading', text: t.responders, level: 3 },
    risk.responders.length > 0
      ? { kind: 'table', columns: tieColumns(t.actor), rows: ties(risk.responders) }
      : { kind: 'paragraph', text: r.noResponder, tone: 'muted' },
    ...(risk.figure
      ? [
          {
            kind: 'figure' as const,
            scene: risk.figure,
            page: false,
            maxHeight: 330,
            caption: r.partOfMap,
          },
        ]
      : []),
  ];
}
