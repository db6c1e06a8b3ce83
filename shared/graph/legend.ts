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
  },
} as const satisfies Record<Locale, unknown>;

const KIND_SHAPES: readonly NodeShape[] = [
  'ellipse',
  'round-rectangle',
  'round-diamond',
  'round-hexagon',
  'round-triangle',
];

/** The legend of the map's encoding (shared/graph/encoding.ts), in the user's language. */
export function legendModel(locale: Locale, size: SizeEncoding): LegendSection[] {
  const text = TEXT[locale];
  return [
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
}
