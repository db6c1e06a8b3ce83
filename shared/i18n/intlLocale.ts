import type { Locale } from '../domain/vocabulary';

/** The BCP 47 tag `Intl` formats numbers and dates with for a UI language. */
export const intlLocale = (locale: Locale): string => (locale === 'fr' ? 'fr-FR' : 'en-GB');
