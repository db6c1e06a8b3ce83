import type { ActorTableRow, Community, Topic } from '../../../shared/domain/schemas';
import { foldText } from '../../../shared/util/text';
import { tierOf, type TierThresholds } from '../../../shared/domain/tiers';
import { TIERS } from '../../../shared/domain/vocabulary';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import { displayText } from '../../../shared/util/displayText';

export type TableContext = {
  thresholds: TierThresholds;
  topics: ReadonlyMap<number, Topic>;
  communities: ReadonlyMap<number, Community>;
  t: Translate;
  locale: string;
};

export type ColumnId =
  | 'name'
  | 'kind'
  | 'role'
  | 'stance'
  | 'tier'
  | 'reach'
  | 'resonance'
  | 'topics'
  | 'community'
  | 'tags'
  | 'country'
  | 'owner'
  | 'lastInteraction';

/** A column: how to sort it (`value`), how to show and filter it (`text`), whether it edits inline. */
export type Column = {
  id: ColumnId;
  label: MessageKey;
  width: number;
  numeric: boolean;
  value(row: ActorTableRow, ctx: TableContext): string | number | null;
  text(row: ActorTableRow, ctx: TableContext): string;
  /** The actor field an inline edit writes, for simple text fields. */
  editable?: 'name' | 'role' | 'country' | 'owner';
};

const formatNumber = (n: number | null, locale: string) =>
  n === null ? '' : new Intl.NumberFormat(locale, { notation: 'compact' }).format(n);

export const COLUMNS: readonly Column[] = [
  {
    id: 'name',
    label: 'actor.name',
    width: 220,
    numeric: false,
    value: (r) => foldText(r.name),
    text: (r) => displayText(r.name),
    editable: 'name',
  },
  {
    id: 'kind',
    label: 'actor.kind',
    width: 120,
    numeric: false,
    value: (r, c) => c.t(`kind.${r.kind}`),
    text: (r, c) => c.t(`kind.${r.kind}`),
  },
  {
    id: 'role',
    label: 'actor.role',
    width: 170,
    numeric: false,
    value: (r) => (r.role ? foldText(r.role) : null),
    text: (r) => r.role ?? '',
    editable: 'role',
  },
  {
    id: 'stance',
    label: 'actor.stanceShort',
    width: 120,
    numeric: true,
    value: (r) => r.stance,
    text: (r, c) =>
      `${r.stance > 0 ? '+' : ''}${r.stance} ${c.t(`stance.${r.stance}` as MessageKey)}`,
  },
  {
    id: 'tier',
    label: 'actor.tier',
    width: 80,
    numeric: false,
    value: (r, c) => {
      const tier = tierOf(r.reach, c.thresholds);
      return tier ? TIERS.indexOf(tier) : null;
    },
    text: (r, c) => {
      const tier = tierOf(r.reach, c.thresholds);
      return tier ? c.t(`tier.${tier}`) : '';
    },
  },
  {
    id: 'reach',
    label: 'actor.reach',
    width: 90,
    numeric: true,
    value: (r) => r.reach,
    text: (r, c) => formatNumber(r.reach, c.locale),
  },
  {
    id: 'resonance',
    label: 'actor.resonance',
    width: 100,
    numeric: true,
    value: (r) => r.resonance,
    text: (r) => (r.resonance === null ? '' : `${(r.resonance * 100).toFixed(1)} %`),
  },
  {
    id: 'topics',
    label: 'actor.topics',
    width: 180,
    numeric: false,
    value: (r) => (r.relevance.length ? Math.max(...r.relevance.map((x) => x.relevance)) : null),
    text: (r, c) =>
      [...r.relevance]
        .sort((a, b) => b.relevance - a.relevance)
        .map((x) => `${c.topics.get(x.topicId)?.name ?? '?'} ${x.relevance.toFixed(2)}`)
        .join(', '),
  },
  {
    id: 'community',
    label: 'actor.communities',
    width: 170,
    numeric: false,
    value: (r, c) =>
      foldText(r.communityIds.map((id) => c.communities.get(id)?.name ?? '').join(', ')) || null,
    text: (r, c) => r.communityIds.map((id) => c.communities.get(id)?.name ?? '').join(', '),
  },
  {
    id: 'tags',
    label: 'actor.tags',
    width: 150,
    numeric: false,
    value: (r) => foldText(r.tags.join(', ')) || null,
    text: (r) => r.tags.join(', '),
  },
  {
    id: 'country',
    label: 'actor.country',
    width: 80,
    numeric: false,
    value: (r) => r.country,
    text: (r) => r.country ?? '',
    editable: 'country',
  },
  {
    id: 'owner',
    label: 'actor.owner',
    width: 120,
    numeric: false,
    value: (r) => r.owner,
    text: (r) => r.owner ?? '',
    editable: 'owner',
  },
  {
    id: 'lastInteraction',
    label: 'actor.lastInteraction',
    width: 120,
    numeric: false,
    value: (r) => r.lastInteraction,
    text: (r) => r.lastInteraction ?? '',
  },
];

export const columnById = (id: ColumnId): Column => COLUMNS.find((c) => c.id === id) as Column;

type NumericTest = (n: number) => boolean;

/** "12k" → 12 000, "1,5M" → 1 500 000, "0.05" → 0.05; null if not a number. */
export function parseAmount(text: string): number | null {
  const match = /^(-?\d+(?:[.,]\d+)?)\s*([kKmM]?)$/.exec(text.trim());
  if (!match?.[1]) return null;
  const base = Number(match[1].replace(',', '.'));
  const unit = match[2]?.toLowerCase();
  return base * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1);
}

/** A numeric filter: `>10k`, `>=2`, `<0.05`, `=1`, `1000..5000`, or a bare number; else null. */
export function parseNumericFilter(filter: string): NumericTest | null {
  const range = /^(.+)\.\.(.+)$/.exec(filter.trim());
  if (range?.[1] && range[2]) {
    const low = parseAmount(range[1]);
    const high = parseAmount(range[2]);
    return low === null || high === null ? null : (n) => n >= low && n <= high;
  }
  const comparison = /^(>=|<=|>|<|=)?\s*(.+)$/.exec(filter.trim());
  const amount = comparison?.[2] ? parseAmount(comparison[2]) : null;
  if (amount === null) return null;
  switch (comparison?.[1]) {
    case '>':
      return (n) => n > amount;
    case '>=':
      return (n) => n >= amount;
    case '<':
      return (n) => n < amount;
    case '<=':
      return (n) => n <= amount;
    default:
      return (n) => n === amount;
  }
}

export type Filters = Partial<Record<ColumnId, string>>;
export type Sort = { column: ColumnId; direction: 'asc' | 'desc' };

/** Rows matching the quick search (name, key, organisation, tags) and every column filter. */
export function filterRows(
  rows: readonly ActorTableRow[],
  search: string,
  filters: Filters,
  ctx: TableContext,
): ActorTableRow[] {
  const needle = foldText(search.trim());
  const tests = Object.entries(filters)
    .filter(([, f]) => f && f.trim() !== '')
    .map(([id, f]) => {
      const column = columnById(id as ColumnId);
      const numeric = column.numeric ? parseNumericFilter(f as string) : null;
      const text = foldText((f as string).trim());
      return (row: ActorTableRow) => {
        const value = column.value(row, ctx);
        if (numeric) return typeof value === 'number' && numeric(value);
        return foldText(column.text(row, ctx)).includes(text);
      };
    });
  return rows.filter((row) => {
    if (
      needle &&
      ![row.name, row.key, row.organisation ?? '', row.tags.join(' ')].some((s) =>
        foldText(s).includes(needle),
      )
    )
      return false;
    return tests.every((test) => test(row));
  });
}

/** Sorted copy; empty values always last, ties broken by name then id so the order is stable. */
export function sortRows(
  rows: readonly ActorTableRow[],
  sort: Sort,
  ctx: TableContext,
): ActorTableRow[] {
  const column = columnById(sort.column);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: column.value(row, ctx) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else if (a.key !== b.key) {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : String(a.key).localeCompare(String(b.key));
      if (order !== 0) return sign * order;
    }
    return a.row.name.localeCompare(b.row.name) || a.row.id - b.row.id;
  });
  return keyed.map((k) => k.row);
}

/** The rows a virtualized list must draw for a scroll position (with `overscan` rows around). */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 8,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { start, end };
}
