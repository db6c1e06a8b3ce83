import { useState } from 'react';
import { useT } from '../../hooks/useT';

export type ExportChoice = { format: 'svg' } | { format: 'png'; scale: 1 | 2 | 4 };

/** Export the current view as SVG or PNG (1×, 2×, 4×). */
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
          if (value === 'svg') run({ format: 'svg' });
          else if (value) run({ format: 'png', scale: Number(value) as 1 | 2 | 4 });
        }}
      >
        <option value="">{busy ? t('export.busy') : '…'}</option>
        <option value="svg">SVG</option>
        <option value="1">PNG 1×</option>
        <option value="2">PNG 2×</option>
        <option value="4">PNG 4×</option>
      </select>
    </label>
  );
}
