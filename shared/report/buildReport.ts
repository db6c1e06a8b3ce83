import {
  REPORT_SECTIONS,
  type PageSize,
  type ReportOutline,
  type ReportSection,
} from '../domain/schemas/report';
import type { Locale } from '../domain/vocabulary';
import { availableSections, type ReportCounts, type ReportData } from './reportData';
import type { Block, DocSection, ReportDoc } from './reportDoc';
import { REPORT_TEXT, formatDate } from './reportText';
import { appendixBlocks } from './sections/appendix';
import { sectionContext, type SectionContext } from './sections/context';
import { journeyBlocks } from './sections/journeys';
import { mapBlocks, storyBlocks } from './sections/pictures';
import { rankingBlocks } from './sections/rankings';
import { riskBlocks } from './sections/risks';
import { summaryBlocks } from './sections/summary';
import { voiceBlocks } from './sections/voice';

const BUILDERS: Record<ReportSection, (c: SectionContext) => Block[]> = {
  summary: summaryBlocks,
  maps: mapBlocks,
  journeys: (c) => c.data.journeys.flatMap((j) => journeyBlocks(c, j)),
  risks: riskBlocks,
  rankings: rankingBlocks,
  voice: voiceBlocks,
  stories: storyBlocks,
  appendix: appendixBlocks,
};

/**
 * The sections a report will have, in order: those asked for (all when none are named) that the
 * map has something for. The cover always comes first.
 */
export function chosenSections(
  counts: ReportCounts,
  asked: readonly ReportSection[] | undefined,
): ReportSection[] {
  const available = availableSections(counts);
  const wanted = new Set(asked ?? REPORT_SECTIONS);
  return REPORT_SECTIONS.filter((s) => wanted.has(s) && available[s]);
}

/**
 * The report as a document (cover, running header and footer, sections of blocks), in `locale`,
 * from the gathered data alone. Every section is built by its own module (sections/).
 */
export function buildReport(
  data: ReportData,
  options: { locale: Locale; sections?: readonly ReportSection[]; pageSize?: PageSize },
): ReportDoc {
  const context = sectionContext(data, options.locale);
  const text = context.text;
  const cover = data.cover;
  const sections: DocSection[] = chosenSections(data.counts, options.sections).map((id) => ({
    id,
    title: text.sections[id],
    blocks: BUILDERS[id](context),
  }));
  const date = formatDate(cover.date, options.locale);
  return {
    locale: options.locale,
    title: cover.title,
    subject: [text.kicker, cover.subject].filter(Boolean).join(' — '),
    author: cover.author,
    cover: {
      title: cover.title,
      kicker: text.kicker,
      lines: [
        { label: text.cover.client, value: cover.client ?? '' },
        { label: text.cover.subject, value: cover.subject ?? '' },
        { label: text.cover.author, value: cover.author ?? '' },
        { label: text.cover.date, value: date },
      ].filter((line) => line.value.trim() !== ''),
      confidential: text.confidential,
    },
    header: { left: [cover.title, cover.client].filter(Boolean).join(' — '), right: date },
    footer: text.footer,
    pageSize: options.pageSize ?? 'A4',
    sections,
  };
}

/**
 * The outline the report dialog previews: every section in order, whether the map can fill it
 * and, when not, why (in `locale`); and the cover as it would print.
 */
export function reportOutline(
  counts: ReportCounts,
  cover: ReportData['cover'],
  locale: Locale,
): ReportOutline {
  const text = REPORT_TEXT[locale];
  const available = availableSections(counts);
  const why: Partial<Record<ReportSection, string>> = text.unavailable;
  return {
    sections: [
      { id: 'cover', title: text.sections.cover, available: true, note: null },
      ...REPORT_SECTIONS.map((id) => ({
        id,
        title: text.sections[id],
        available: available[id],
        note: available[id] ? null : (why[id] ?? null),
      })),
    ],
    cover,
  };
}
