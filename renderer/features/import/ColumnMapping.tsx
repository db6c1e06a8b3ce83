import { useState } from 'react';
import {
  COLUMN_TARGETS,
  isColumnChoice,
  type ColumnChoice,
} from '../../../shared/io/columnMapping';
import { useT } from '../../hooks/useT';

/**
 * What each column of a table holds, when Influmap did not recognise its headers: one choice per
 * column (a canonical field, "keep as a custom field", or "leave out"). The choice is remembered
 * on this computer for files with the same headers.
 */
export function ColumnMapping({
  fileName,
  headers,
  initial,
  onApply,
}: {
  fileName: string;
  headers: readonly string[];
  initial: Readonly<Record<string, ColumnChoice>>;
  onApply: (columns: Record<string, ColumnChoice>) => void;
}) {
  const t = useT();
  const [columns, setColumns] = useState<Record<string, ColumnChoice>>({ ...initial });
  return (
    <form
      className="column-mapping"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(columns);
      }}
    >
      <p>{t('import.mapColumns', { file: fileName })}</p>
      <table className="data-table">
        <tbody>
          {headers.map((header) => (
            <tr key={header}>
              <th scope="row">{header}</th>
              <td>
                <select
                  value={columns[header] ?? 'keep'}
                  aria-label={`${t('import.columnHolds')}: ${header}`}
                  onChange={(e) => {
                    const value = e.target.value;
                    const rest = Object.fromEntries(
                      Object.entries(columns).filter(([k]) => k !== header),
                    );
                    setColumns(isColumnChoice(value) ? { ...rest, [header]: value } : rest);
                  }}
                >
                  <option value="keep">{t('import.keepCustom')}</option>
                  <option value="">{t('import.leaveOut')}</option>
                  {COLUMN_TARGETS.map((target) => (
                    <option key={target} value={target}>
                      {target}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit">{t('import.previewAgain')}</button>
    </form>
  );
}
