import type { SizeEncoding } from '../domain/schemas';
import { STANCES, TIERS, type Locale } from '../domain/vocabulary';
import { STANCE_COLORS, TIER_BORDERS, type NodeShape } from './encoding';

export type LegendItem = {
  label: string;
  color?: string;
  shape?: NodeShape;
  border?: number;
  line?: 'dashed' | 'arrow';
};
export type LegendSection = { title: string; items: LegendItem[] };

const TEXT = {
  en: {
    stance: 'Stance',
    stances: ['Detractor', 'Critic', 'Neutral', 'Sympathiser', 'Ambassador'],
    kind: 'Kind',
    kinds: ['People', 'Brands & owned media', 'Media', 'Organisations & NGOs', 'Politicians'],
    tier: 'Tier (border)',
    tiers: ['Nano', 'Micro', 'Macro', 'Mega'],
    size: {
      reach: 'Size: audience (log scale)',
      degree: 'Size: number of relations',
      uniform: 'Size: all alike',
    },
    lines: 'Relations',
    opposes: 'opposes (dashed)',
    directed: 'directed (arrow)',
    communities: 'Communities',
    collapsed: 'collapsed community (size: members)',
    more: (n: number) => `+${n} more`,
    noCommunity: 'No community',
  },
  fr: {
    stance: 'Attitude',
    stances: ['Détracteur', 'Critique', 'Neutre', 'Sympathisant', 'Ambassadeur'],
    kind: 'Type',
    kinds: [
      'Personnes',
      'Marques et médias propriétaires',
      'Médias',
      'Organisations et ONG',
      'Personnalités politiques',
    ],
    tier: 'Catégorie (bordure)',
    tiers: ['Nano', 'Micro', 'Macro', 'Méga'],
    size: {
      reach: 'Taille : audience (échelle log)',
      degree: 'Taille : nombre de relations',
      uniform: 'Taille : identique',
    },
    lines: 'Relations',
    opposes: 's’oppose à (tirets)',
    directed: 'orientée (flèche)',
    communities: 'Communautés',
    collapsed: 'communauté repliée (taille : membres)',
    more: (n: number) => `+${n} autres`,
    noCommunity: 'Sans communauté',
  },
} as const satisfies Record<Locale, unknown>;

/** The name given to the group of actors in no community, in `locale`. */
export const noCommunityName = (locale: Locale): string => TEXT[locale].noCommunity;

/** What the legend says of communities: the hulls drawn and whether some are collapsed. */
export type CommunityLegend = {
  hulls: ReadonlyArray<{ name: string; color: string }>;
  collapsed: boolean;
};
/** Hulls named one by one in the legend; beyond, a count (a legend is not a list). */
const LEGEND_HULLS = 8;

const KIND_SHAPES: readonly NodeShape[] = [
  'ellipse',
  'round-rectangle',
  'round-diamond',
  'round-hexagon',
  'round-triangle',
];

/** The legend of the map's encoding (shared/graph/encoding.ts), in the user's language. */
export function legendModel(
  locale: Locale,
  size: SizeEncoding,
  communities?: CommunityLegend,
): LegendSection[] {
  const text = TEXT[locale];
  const sections = [
    {
      title: text.stance,
      items: STANCES.map((s, i) => ({
        label: text.stances[i] ?? String(s),
        color: STANCE_COLORS[s],
        shape: 'ellipse' as const,
      })),
    },
    {
      title: text.kind,
      items: KIND_SHAPES.map((shape, i) => ({
        label: text.kinds[i] ?? shape,
        shape,
        color: '#c9ced8',
      })),
    },
    {
      title: text.tier,
      items: TIERS.map((tier, i) => ({
        label: text.tiers[i] ?? tier,
        shape: 'ellipse' as const,
        color: '#ffffff',
        border: TIER_BORDERS[tier],
      })),
    },
    {
      title: text.lines,
      items: [
        { label: text.opposes, line: 'dashed' as const, color: '#d6604d' },
        { label: text.directed, line: 'arrow' as const, color: '#8a93a6' },
        { label: text.size[size] },
      ],
    },
  ];
  if (!communities || (communities.hulls.length === 0 && !communities.collapsed)) return sections;
  const hulls = communities.hulls.slice(0, LEGEND_HULLS).map((h) => ({
    label: h.name,
    line: 'dashed' as const,
    color: h.color,
  }));
  const more = communities.hulls.length - hulls.length;
  return [
    ...sections,
    {
      title: text.communities,
      items: [
        ...hulls,
        ...(more > 0 ? [{ label: text.more(more) }] : []),
        ...(communities.collapsed
          ? [{ label: text.collapsed, shape: 'round-octagon' as const, color: '#a6a6a6' }]
          : []),
      ],
    },
  ];
}
