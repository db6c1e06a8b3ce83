/**
 * UI strings of one feature, in both languages; `en.ts` and `fr.ts` spread them in, so that the
 * compiler checks French has every English key.
 */
export const figureExportEn = {
  'figureExport.label': 'Export',
} as const;

export const figureExportFr: Record<keyof typeof figureExportEn, string> = {
  'figureExport.label': 'Exporter',
};
