import { describe, expect, it } from 'vitest';
import type { ActorId, ActorTableRow, CommunityId, TopicId } from '../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';
import {
  columnById,
  filterRows,
  parseAmount,
  parseNumericFilter,
  sortRows,
  visibleRange,
  type TableContext,
} from '../../renderer/features/actors/tableModel';
import { translator } from '../../renderer/i18n/translate';

const row = (id: number, name: string, over: Partial<ActorTableRow> = {}): ActorTableRow => ({
  id: id as ActorId,
  key: `k${id}`,
  name,
  kind: 'influencer',
  role: null,
  stance: 0,
  offlineStance: null,
  reach: null,
  resonance: null,
  tags: [],
  communityIds: [],
  organisation: null,
  country: null,
  owner: null,
  lastInteraction: null,
  relevance: [],
  platforms: [],
  ...over,
});

const ctx: TableContext = {
  thresholds: DEFAULT_TIER_THRESHOLDS,
  topics: new Map([[1, { id: 1 as TopicId, name: 'Eau', color: null, description: null }]]),
  communities: new Map([
    [
      5,
      {
        id: 5 as CommunityId,
        name: 'Presse régionale',
        color: null,
        origin: 'manual' as const,
        topicId: null,
        memberCount: 1,
      },
    ],
  ]),
  t: translator('en'),
  locale: 'en',
};

const rows = [
  row(1, 'Élodie Brun', { reach: 250_000, stance: 2, tags: ['press'], country: 'FR' }),
  row(2, 'Bastien Roy', { reach: 900, stance: -2, communityIds: [5 as CommunityId] }),
  row(3, 'Amir Sol', {
    reach: 12_000,
    stance: -1,
    relevance: [{ topicId: 1 as TopicId, relevance: 0.8 }],
  }),
  row(4, 'Zoé Vide'),
];
const names = (list: ActorTableRow[]) => list.map((r) => r.name);

describe('the actors table model', () => {
  it('shows a name’s bidirectional override as a marker, and sorts and edits on the name itself', () => {
    const name = columnById('name');
    const spoof = row(9, 'Admin\u202Egnp.exe');
    expect(name.text(spoof, ctx)).toBe('Admin[U+202E]gnp.exe');
    expect(name.editable).toBe('name');
    expect(spoof.name).toBe('Admin\u202Egnp.exe');
  });

  it('parses amounts with k/M suffixes and decimal commas', () => {
    expect([
      parseAmount('12k'),
      parseAmount('1,5M'),
      parseAmount('0.05'),
      parseAmount('-2'),
      parseAmount('abc'),
    ]).toEqual([12_000, 1_500_000, 0.05, -2, null]);
  });

  it('understands numeric filters: comparisons, ranges and plain numbers', () => {
    const matches = (filter: string, values: number[]) =>
      values.filter(parseNumericFilter(filter) ?? (() => false));
    expect(matches('>10k', [900, 12_000, 250_000])).toEqual([12_000, 250_000]);
    expect(matches('<=1k', [900, 1_000, 1_001])).toEqual([900, 1_000]);
    expect(matches('1000..20000', [900, 12_000, 250_000])).toEqual([12_000]);
    expect(matches('-2', [-2, 0, 2])).toEqual([-2]);
    expect(parseNumericFilter('détracteur')).toBeNull();
  });

  it('filters by search (accents ignored), numbers, labels and joined names', () => {
    expect(names(filterRows(rows, 'elodie', {}, ctx))).toEqual(['Élodie Brun']);
    expect(names(filterRows(rows, 'PRESS', {}, ctx))).toEqual(['Élodie Brun']);
    expect(names(filterRows(rows, '', { reach: '>1k' }, ctx))).toEqual(['Élodie Brun', 'Amir Sol']);
    expect(names(filterRows(rows, '', { stance: '<0' }, ctx))).toEqual(['Bastien Roy', 'Amir Sol']);
    expect(names(filterRows(rows, '', { stance: 'detractor' }, ctx))).toEqual(['Bastien Roy']);
    expect(names(filterRows(rows, '', { tier: 'mac' }, ctx))).toEqual(['Élodie Brun']);
    expect(names(filterRows(rows, '', { community: 'presse regionale' }, ctx))).toEqual([
      'Bastien Roy',
    ]);
    expect(names(filterRows(rows, '', { topics: 'eau' }, ctx))).toEqual(['Amir Sol']);
    expect(names(filterRows(rows, '', { reach: '>1k', stance: '>0' }, ctx))).toEqual([
      'Élodie Brun',
    ]);
  });

  it('sorts both ways with empty values last and ties broken by name', () => {
    expect(names(sortRows(rows, { column: 'reach', direction: 'desc' }, ctx))).toEqual([
      'Élodie Brun',
      'Amir Sol',
      'Bastien Roy',
      'Zoé Vide',
    ]);
    expect(names(sortRows(rows, { column: 'reach', direction: 'asc' }, ctx))).toEqual([
      'Bastien Roy',
      'Amir Sol',
      'Élodie Brun',
      'Zoé Vide',
    ]);
    expect(names(sortRows(rows, { column: 'name', direction: 'asc' }, ctx))).toEqual([
      'Amir Sol',
      'Bastien Roy',
      'Élodie Brun',
      'Zoé Vide',
    ]);
    expect(names(sortRows(rows, { column: 'country', direction: 'asc' }, ctx))[0]).toBe(
      'Élodie Brun',
    );
  });

  it('draws only the rows in view, with a margin', () => {
    expect(visibleRange(0, 600, 30, 20_000)).toEqual({ start: 0, end: 28 });
    expect(visibleRange(30_000, 600, 30, 20_000)).toEqual({ start: 992, end: 1028 });
    expect(visibleRange(599_400, 600, 30, 20_000)).toEqual({ start: 19_972, end: 20_000 });
  });
});
