import { describe, expect, it } from 'vitest';
import { buildReport, chosenSections, reportOutline } from '../../shared/report/buildReport';
import type { ReportData } from '../../shared/report/reportData';
import type { Block } from '../../shared/report/reportDoc';

const parts = { reach: 0.5, resonance: 0.2, relevance: 0.9, centrality: 0.4 };

/** A small map's report data: three actors, one topic, no journey, no community, no mention. */
function data(): ReportData {
  const actor = (id: number, name: string, stance: number) => ({
    id,
    key: `k${id}`,
    name,
    kind: 'influencer' as const,
    stance,
    reach: 20_000,
    resonance: 0.05,
    tier: 'micro' as const,
  });
  return {
    generatedAt: '2026-12-03T09:00:00.000Z',
    version: 'test',
    mapFile: 'small.influmap',
    settings: {
      name: 'Petite carte',
      client: 'Client',
      subject: null,
      author: null,
      tierThresholds: { micro: 1_000, macro: 100_000, mega: 1_000_000 },
      relationTypes: ['mentions'],
      scoreWeights: { reach: 0.3, resonance: 0.25, relevance: 0.3, centrality: 0.15 },
    },
    cover: {
      title: 'Petite carte',
      client: 'Client',
      subject: 'Énergie',
      author: null,
      date: '2026-12-03',
    },
    counts: {
      actors: 3,
      relations: 2,
      communities: 0,
      topics: 1,
      journeys: 0,
      mentions: 0,
      stories: 0,
    },
    stances: [1, 0, 1, 0, 1],
    actors: new Map([
      [1, actor(1, 'Élodie Avant', 2)],
      [2, actor(2, 'Marc Neutre', 0)],
      [3, actor(3, 'Zoé Contre', -2)],
    ]),
    rankings: [
      {
        topicId: 7,
        topicName: 'Économies d’énergie',
        rows: [
          {
            actorId: 1,
            rank: 1,
            score: 62.5,
            components: parts,
            contributions: parts,
            magicMiddle: true,
          },
        ],
        magicMiddle: [
          {
            actorId: 1,
            rank: 1,
            score: 62.5,
            components: parts,
            contributions: parts,
            magicMiddle: true,
          },
        ],
      },
    ],
    moreTopics: 0,
    risks: [],
    riskChart: null,
    journeys: [],
    maps: [],
    voice: null,
    stories: [],
    sources: [
      {
        source: 'listening.csv',
        actors: 3,
        first: '2026-11-01T10:00:00Z',
        last: '2026-11-02T10:00:00Z',
      },
    ],
    imports: [],
  };
}

const words = (blocks: readonly Block[]): string =>
  blocks
    .map((b) =>
      b.kind === 'heading' || b.kind === 'paragraph'
        ? b.text
        : b.kind === 'bullets'
          ? b.items.join('\n')
          : b.kind === 'table'
            ? [b.columns.map((c) => c.label), ...b.rows].flat().join('\n')
            : b.kind === 'figures'
              ? b.items.map((i) => `${i.value} ${i.label}`).join('\n')
              : '',
    )
    .join('\n');

describe('the report document', () => {
  it('has only the sections asked for that the map can fill, in their order', () => {
    const counts = data().counts;
    expect(chosenSections(counts, undefined)).toEqual(['summary', 'maps', 'rankings', 'appendix']);
    expect(chosenSections(counts, ['appendix', 'journeys', 'summary'])).toEqual([
      'summary',
      'appendix',
    ]);
    expect(chosenSections({ ...counts, journeys: 2, mentions: 5 }, undefined)).toContain('voice');
  });

  it('says in the outline why a section is left out', () => {
    const outline = reportOutline(data().counts, data().cover, 'fr');
    const journeys = outline.sections.find((s) => s.id === 'journeys');
    expect(journeys).toEqual({
      id: 'journeys',
      title: 'Parcours client',
      available: false,
      note: 'Cette carte n’a pas encore de parcours.',
    });
    expect(outline.sections.filter((s) => s.available).map((s) => s.id)).toEqual([
      'cover',
      'summary',
      'maps',
      'rankings',
      'appendix',
    ]);
  });

  it('writes French with its typography: non-breaking spaces before colons and inside guillemets', () => {
    const doc = buildReport(data(), { locale: 'fr' });
    const summary = words(doc.sections.find((s) => s.id === 'summary')?.blocks ?? []);
    expect(summary).toContain(
      'La carte compte 3 acteurs et 2 relations\u00a0: 1 allié, 1 neutre, 1 critique ou détracteur.',
    );
    expect(summary).toContain(
      'Sur «\u00a0Économies d’énergie\u00a0», la voix la plus forte est Élodie Avant (micro, score 62,5\u00a0:',
    );
    expect(summary).not.toMatch(/ :/);
    expect(doc.cover.lines).toEqual([
      { label: 'Client', value: 'Client' },
      { label: 'Sujet', value: 'Énergie' },
      { label: 'Date', value: '3 décembre 2026' },
    ]);
    expect(doc.footer).toBe('Page {page} sur {pages}');
  });

  it('states the sources and the formulas with this map’s weights', () => {
    const doc = buildReport(data(), { locale: 'en', sections: ['appendix'] });
    expect(doc.sections.map((s) => s.id)).toEqual(['appendix']);
    const appendix = doc.sections[0]?.blocks ?? [];
    const formulas = appendix.flatMap((b) => (b.kind === 'formula' ? b.lines : []));
    expect(formulas).toContain(
      'score = 100 × (0.30·reach + 0.25·resonance + 0.30·relevance + 0.15·centrality) / 1.00',
    );
    expect(words(appendix)).toContain('listening.csv');
    expect(words(appendix)).toContain('nano < 1,000 ≤ micro < 100,000 ≤ macro < 1,000,000 ≤ mega');
  });
});
