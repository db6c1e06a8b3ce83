/**
 * UI strings of one feature, in both languages; `en.ts` and `fr.ts` spread them in, so that the
 * compiler checks French has every English key.
 */
export const reportEn = {
  'report.open': 'Report…',
} as const;

export const reportFr: Record<keyof typeof reportEn, string> = {
  'report.open': 'Rapport…',
};
