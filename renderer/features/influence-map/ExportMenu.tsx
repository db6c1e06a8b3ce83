import { useState } from 'react';
import type { DataFormat } from '../../../shared/io/exportModel';
import { useT } from '../../hooks/useT';

export type ExportChoice =
  | { format: 'svg' }
  /** No scale: print size (2×, at least 1 600 px wide). */
  | { format: 'png'; scale?: 1 | 2 | 4 }
  | { format: 'data'; files: DataFormat[] };

const DATA_CHOICES: Array<[string, DataFormat[]]> = [
  ['GEXF (Gephi)', ['gexf']],
  ['GraphML', ['graphml']],
  ['CSV', ['nodes.csv', 'edges.csv']],
  ['XLSX', ['xlsx']],
  ['JSON', ['json']],
];

/**
 * Export the current view as a picture (SVG, PNG at print size, 1×, 2×, 4×), or the whole map as data (GEXF,
 * GraphML, CSV nodes and edges, XLSX, JSON).
 */
export function ExportMenu({ onExport }: { onExport: (choice: ExportChoice) => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = (choice: ExportChoice) => {
    setBusy(true);
    void onExport(choice).finally(() => setBusy(false));
  };
  return (
    <label className="inline-group">
      {t('export.label')}
      <select
        value=""
        disabled={busy}
        data-testid="export-select"
        onChange={(e) => {
          const value = e.target.value;
          const data = DATA_CHOICES.find(([label]) => label === value);
          if (data) run({ format: 'data', files: data[1] });
          else if (value === 'svg') run({ format: 'svg' });
          else if (value === 'print') run({ format: 'png' });
          else if (value) run({ format: 'png', scale: Number(value) as 1 | 2 | 4 });
        }}
      >
        <option value="">{busy ? t('export.busy') : '…'}</option>
        <option value="svg">{t('figureExport.svg')}</option>
        <option value="print">{t('figureExport.pngPrint')}</option>
        <option value="1">PNG 1×</option>
        <option value="2">PNG 2×</option>
        <option value="4">PNG 4×</option>
        <optgroup label={t('export.data')}>
          {DATA_CHOICES.map(([label]) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
