import type { PageSize, ReportSection } from '../domain/schemas/report';
import type { Scene } from '../figures/scene';
import type { Locale } from '../domain/vocabulary';

/**
 * The report as a document model: sections of blocks, in reading order, with every word already
 * in the reader's language. Built in shared/ (pure, testable), written to PDF by db/report; the
 * PDF writer decides pages, the model decides content.
 */
export type Column = {
  label: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
};

export type Block =
  | { kind: 'heading'; text: string; level: 2 | 3 }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'note' }
  | { kind: 'bullets'; items: string[] }
  /** Key figures side by side: a big value over a short label. */
  | { kind: 'figures'; items: Array<{ value: string; label: string }> }
  /** A table whose rows are never cut across pages; its header repeats on each page. */
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  /**
   * A picture: on a page of its own (`page`: landscape when wide, `title` above it and `caption`
   * under it), or in the flow of the text, as wide as the text and at most `maxHeight` high.
   */
  | {
      kind: 'figure';
      scene: Scene;
      page: boolean;
      title?: string;
      caption?: string;
      maxHeight?: number;
    }
  /** Formula lines, set apart from the text. */
  | { kind: 'formula'; lines: string[] };

export type DocSection = {
  id: 'cover' | ReportSection;
  /** The section's title, as a first-level heading (starts a new page). */
  title: string;
  blocks: Block[];
};

export type ReportDoc = {
  /** The reader's language, declared in the PDF (screen readers, hyphenation). */
  locale: Locale;
  /** For the PDF's metadata and the running header. */
  title: string;
  subject: string;
  author: string | null;
  cover: {
    title: string;
    kicker: string;
    lines: Array<{ label: string; value: string }>;
    confidential: string;
  };
  /** Running header: left and right. */
  header: { left: string; right: string };
  /** `{page}` and `{pages}` are replaced. */
  footer: string;
  pageSize: PageSize;
  sections: DocSection[];
};
