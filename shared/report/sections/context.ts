import type { ScoreParts } from '../../analytics/influenceScore';
import type { Locale } from '../../domain/vocabulary';
import type { ReportActor, ReportData } from '../reportData';
import { formatDate, formatNumber, formatShare, REPORT_TEXT, type ReportText } from '../reportText';

/** What every section builder needs: the data, the words and the number formats of one language. */
export type SectionContext = {
  data: ReportData;
  locale: Locale;
  text: ReportText;
  n: (value: number, digits?: number) => string;
  share: (value: number, digits?: number) => string;
  date: (iso: string) => string;
  actor: (id: number) => ReportActor | undefined;
  /** An actor's name, or `#id` for one the map no longer has. */
  name: (id: number) => string;
  tier: (id: number) => string;
  stance: (stance: number) => string;
  /** `: ` in English, ` : ` (non-breaking) in French. */
  colon: string;
  /** What each component adds to a score, in points: `reach 21, resonance 8, …`. */
  parts: (contributions: ScoreParts) => string;
};

export function sectionContext(data: ReportData, locale: Locale): SectionContext {
  const text = REPORT_TEXT[locale];
  const n = (value: number, digits = 0) => formatNumber(value, locale, digits);
  return {
    data,
    locale,
    text,
    n,
    colon: locale === 'fr' ? '\u00a0: ' : ': ',
    share: (value, digits = 1) => formatShare(value, locale, digits),
    date: (iso) => formatDate(iso, locale),
    actor: (id) => data.actors.get(id),
    name: (id) => data.actors.get(id)?.name ?? `#${id}`,
    tier: (id) => text.tierNames[data.actors.get(id)?.tier ?? 'none'],
    stance: (stance) => text.stanceNames[Math.max(0, Math.min(4, Math.round(stance) + 2))] ?? '',
    parts: (c) =>
      text.parts(n(c.reach, 1), n(c.resonance, 1), n(c.relevance, 1), n(c.centrality, 1)),
  };
}
