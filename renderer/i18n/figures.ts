/**
 * UI strings of one feature, in both languages; `en.ts` and `fr.ts` spread them in, so that the
 * compiler checks French has every English key.
 */
export const figureExportEn = {
  'figureExport.label': 'Export',
  'figureExport.busy': 'Exporting…',
  'figureExport.svg': 'SVG (vector)',
  'figureExport.pngPrint': 'PNG, print size',
  'figureExport.pngScale': 'PNG {scale}×',
  'figureExport.loop': 'Loop',
  'figureExport.lanes': 'Lanes',
  'figureExport.risks': 'Risk hotspots',
  'figureExport.fileLoop': '{journey} - loop',
  'figureExport.fileLanes': '{journey} - lanes',
  'figureExport.fileRisks': '{map} - risk hotspots',
  'table.printMore': '… and {count} more rows: export the table as CSV to have them all.',
} as const;

export const figureExportFr: Record<keyof typeof figureExportEn, string> = {
  'figureExport.label': 'Exporter',
  'figureExport.busy': 'Export…',
  'figureExport.svg': 'SVG (vectoriel)',
  'figureExport.pngPrint': 'PNG, taille impression',
  'figureExport.pngScale': 'PNG {scale}×',
  'figureExport.loop': 'Boucle',
  'figureExport.lanes': 'Couloirs',
  'figureExport.risks': 'Foyers de risque',
  'figureExport.fileLoop': '{journey} - boucle',
  'figureExport.fileLanes': '{journey} - couloirs',
  'figureExport.fileRisks': '{map} - foyers de risque',
  'table.printMore':
    '… et {count} lignes de plus\u00a0: exportez le tableau en CSV pour les avoir toutes.',
};
