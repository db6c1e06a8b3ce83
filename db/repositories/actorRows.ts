import type {
  ActorId,
  ActorSummary,
  CommunityId,
  ValidActorPatch,
} from '../../shared/domain/schemas';
import type { ActorKind } from '../../shared/domain/vocabulary';

/** The `actors` table as SQLite returns it (private to db/). */
export type ActorRow = {
  id: number;
  key: string;
  name: string;
  kind: string;
  role: string | null;
  organisation: string | null;
  stance: number;
  offline_stance: number | null;
  country: string | null;
  language: string | null;
  reach: number | null;
  resonance: number | null;
  tags: string;
  notes: string | null;
  source: string | null;
  retention_until: string | null;
  owner: string | null;
  team: string | null;
  paid_disclosure: string | null;
  conflicts_of_interest: string | null;
  track_record: string | null;
  created_at: string;
  updated_at: string;
};
/** The fields the data imports and exports read and write, with the custom fields' JSON. */
export type ActorDataRow = Pick<
  ActorRow,
  | 'id'
  | 'key'
  | 'name'
  | 'kind'
  | 'role'
  | 'stance'
  | 'offline_stance'
  | 'reach'
  | 'resonance'
  | 'country'
  | 'tags'
  | 'notes'
> & { custom: string };
export type AudienceRow = { actor_id: number; followers: number | null; engagement: number | null };

/** API field → column, for the fields a draft or a patch may set. */
export const ACTOR_COLUMNS = {
  key: 'key',
  name: 'name',
  kind: 'kind',
  role: 'role',
  organisation: 'organisation',
  stance: 'stance',
  offlineStance: 'offline_stance',
  country: 'country',
  language: 'language',
  reach: 'reach',
  resonance: 'resonance',
  tags: 'tags',
  notes: 'notes',
  source: 'source',
  retentionUntil: 'retention_until',
  owner: 'owner',
  team: 'team',
  paidDisclosure: 'paid_disclosure',
  conflictsOfInterest: 'conflicts_of_interest',
  trackRecord: 'track_record',
} as const satisfies Record<keyof ValidActorPatch, string>;
export type ActorField = keyof typeof ACTOR_COLUMNS;

export function columnValue(field: ActorField, value: unknown): unknown {
  if (field === 'tags') return JSON.stringify(value);
  return value ?? null;
}

export function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * Reach is the sum of the actor's platform followers; resonance their engagement rate weighted
 * by followers. An actor with no account keeps the reach and resonance typed on it.
 */
export const AUDIENCE_SQL = `
  SELECT actor_id,
         sum(followers) AS followers,
         sum(followers * engagement_rate) / nullif(sum(CASE WHEN engagement_rate IS NOT NULL THEN followers END), 0) AS engagement
  FROM accounts`;

export function toSummary(
  row: ActorRow,
  audience: AudienceRow | undefined,
  communityIds: CommunityId[],
): ActorSummary {
  return {
    id: row.id as ActorId,
    key: row.key,
    name: row.name,
    kind: row.kind as ActorKind,
    role: row.role,
    stance: row.stance,
    offlineStance: row.offline_stance,
    reach: audience?.followers ?? row.reach,
    resonance: audience?.engagement ?? row.resonance,
    tags: parseTags(row.tags),
    communityIds,
  };
}

/** Groups `[key, value]` rows into a map of lists, in row order. */
export function groupBy<K, V>(rows: Iterable<[K, V]>): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const [key, value] of rows) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
