import type { Locale } from '../../shared/domain/vocabulary';

/**
 * The report's file name: `<title> - rapport 2026-12-03.pdf`, letters, digits, spaces, dashes
 * and parentheses only, so that it is a valid name everywhere and says what it is.
 */
export function reportFileName(title: string, date: string, locale: Locale): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N} _()-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'influmap';
  return `${base} - ${locale === 'fr' ? 'rapport' : 'report'} ${date.slice(0, 10)}.pdf`;
}
