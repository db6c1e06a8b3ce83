import type { Locale } from '../domain/vocabulary';
import { intlLocale } from '../i18n/intlLocale';
import { en, type ReportText } from './text/en';
import { fr } from './text/fr';

export type { ReportText } from './text/en';
export type { MapCounts } from './text/counts';

/** Every word of the client report, in both languages (shared/report/text/). */
export const REPORT_TEXT: Record<Locale, ReportText> = { en, fr };

const NB = '\u00a0';

/** Numbers as a reader of `locale` writes them (`12 400` in French, `12,400` in English). */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(n);
}

/** A share (0..1) as a percentage: `4.2 %` / `4,2 %`. */
export function formatShare(share: number, locale: Locale, digits = 1): string {
  return `${formatNumber(share * 100, locale, digits)}${locale === 'fr' ? NB : ''}%`;
}

/** A date (`YYYY-MM-DD` or ISO) as a reader of `locale` writes it in full. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
