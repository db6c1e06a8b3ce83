/**
 * The closed vocabularies of the practice (DESIGN.md §1), as constant tuples with derived unions.
 * Lists a map can extend (relation types) live in the map settings; these are the defaults.
 */

export const ACTOR_KINDS = [
  'influencer',
  'journalist',
  'media',
  'analyst',
  'expert',
  'politician',
  'ngo',
  'employee',
  'customer',
  'brand',
  'competitor',
  'owned_medium',
  'organisation',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** −2 detractor, −1 critic, 0 neutral, +1 sympathiser, +2 ambassador. */
export const STANCES = [-2, -1, 0, 1, 2] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_NAMES = {
  '-2': 'detractor',
  '-1': 'critic',
  '0': 'neutral',
  '1': 'sympathiser',
  '2': 'ambassador',
} as const satisfies Record<`${Stance}`, string>;
export type StanceName = (typeof STANCE_NAMES)[`${Stance}`];

export const DEFAULT_RELATION_TYPES = [
  'follows',
  'mentions',
  'amplifies',
  'cites',
  'collaborates',
  'opposes',
  'affiliated',
  'influences',
] as const;

export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

export const COMMUNITY_ORIGINS = ['manual', 'detected'] as const;
export type CommunityOrigin = (typeof COMMUNITY_ORIGINS)[number];

/** The views of the main window; those not built yet say so plainly in the UI. */
export const VIEW_IDS = ['map', 'journey', 'actors', 'communities', 'crisis', 'dashboard'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
