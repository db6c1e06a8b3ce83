import { CONTINUITY_BONUS, MIN_LEGITIMACY } from '../../journey/influencePath';
import { REACH_FOR_FULL_SCORE, RESONANCE_FOR_FULL_SCORE } from '../../analytics/influenceScore';
import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/**
 * The methodology: the score, risk and path formulas with this map's weights and thresholds,
 * where the data comes from (recorded sources, imports and their dates) and a glossary.
 */
export function appendixBlocks(c: SectionContext): Block[] {
  const { data, text } = c;
  const a = text.appendix;
  const t = text.table;
  const w = data.settings.scoreWeights;
  const total = w.reach + w.resonance + w.relevance + w.centrality;
  const names = text.weightNames;
  const thresholds = data.settings.tierThresholds;
  return [
    { kind: 'heading', text: a.scoreTitle, level: 2 },
    { kind: 'paragraph', text: a.scoreText },
    {
      kind: 'formula',
      lines: [
        `${names.reach} = min(1, log10(1 + audience) / log10(1 + ${c.n(REACH_FOR_FULL_SCORE)}))`,
        `${names.resonance} = min(1, engagement / ${c.share(RESONANCE_FOR_FULL_SCORE, 0)})`,
        `${names.relevance} = ${a.relevanceLine}`,
        `${names.centrality} = PageRank / max PageRank`,
        `score = 100 × (${c.n(w.reach, 2)}·${names.reach} + ${c.n(w.resonance, 2)}·${names.resonance} + ${c.n(w.relevance, 2)}·${names.relevance} + ${c.n(w.centrality, 2)}·${names.centrality}) / ${c.n(total, 2)}`,
      ],
    },
    { kind: 'heading', text: a.weights, level: 3 },
    {
      kind: 'table',
      columns: [
        { label: t.factor, width: 0.6 },
        { label: t.value, width: 0.4, align: 'right' },
      ],
      rows: [
        [names.reach, c.n(w.reach, 2)],
        [names.resonance, c.n(w.resonance, 2)],
        [names.relevance, c.n(w.relevance, 2)],
        [names.centrality, c.n(w.centrality, 2)],
      ],
    },
    { kind: 'heading', text: a.thresholds, level: 3 },
    {
      kind: 'paragraph',
      text: a.tiers(c.n(thresholds.micro), c.n(thresholds.macro), c.n(thresholds.mega)),
    },
    { kind: 'heading', text: a.riskTitle, level: 2 },
    {
      kind: 'formula',
      lines: [
        'risk = 100 × negativity × (0.4 + 0.6·reach) × (0.4 + 0.6·size) × (0.5 + 0.5·cohesion)',
        '           × (0.5 + 0.5·outward) × (1 + 0.5·journey) / 1.5',
      ],
    },
    { kind: 'paragraph', text: a.riskText },
    {
      kind: 'bullets',
      items: Object.values(text.risks.factors),
    },
    { kind: 'heading', text: a.pathTitle, level: 2 },
    { kind: 'paragraph', text: a.pathText },
    {
      kind: 'formula',
      lines: [
        `value(stage, voice) = legitimacy × score        (legitimacy ≥ ${c.n(MIN_LEGITIMACY, 1)}, stance ≥ 0)`,
        `path = max Σ value + ${CONTINUITY_BONUS} × (voices handed on)`,
      ],
    },
    { kind: 'heading', text: a.sources, level: 2 },
    { kind: 'paragraph', text: a.sourcesIntro, tone: 'muted' },
    {
      kind: 'table',
      columns: [
        { label: t.source, width: 0.46 },
        { label: t.imported, width: 0.14, align: 'right' },
        { label: t.from, width: 0.2 },
        { label: t.to, width: 0.2 },
      ],
      rows: data.sources.map((s) => [
        s.source ?? a.noSource,
        c.n(s.actors),
        c.date(s.first),
        c.date(s.last),
      ]),
    },
    { kind: 'heading', text: a.imports, level: 3 },
    data.imports.length > 0
      ? {
          kind: 'table',
          columns: [
            { label: t.date, width: 0.6 },
            { label: t.rows, width: 0.4, align: 'right' },
          ],
          rows: data.imports.map((i) => [c.date(i.date), c.n(i.rows)]),
        }
      : { kind: 'paragraph', text: a.noImport, tone: 'muted' },
    { kind: 'heading', text: a.glossary, level: 2 },
    {
      kind: 'table',
      columns: [
        { label: t.term, width: 0.28 },
        { label: t.meaning, width: 0.72 },
      ],
      rows: text.glossary.map(([term, meaning]) => [term, meaning]),
    },
    { kind: 'paragraph', text: a.generated(c.date(data.generatedAt), data.version), tone: 'muted' },
  ];
}
