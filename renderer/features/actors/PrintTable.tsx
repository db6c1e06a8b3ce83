import type { ActorTableRow } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { COLUMNS, type TableContext } from './tableModel';

/** Rows printed at most: beyond, the table says how many more the CSV export holds. */
export const PRINT_ROWS = 5_000;

/**
 * The actors table as paper wants it: every row shown by the filters (the screen's table only
 * lays out the rows in view), every column, as plain text. Rendered only while printing.
 */
export function PrintTable({ rows, ctx }: { rows: readonly ActorTableRow[]; ctx: TableContext }) {
  const t = useT();
  return (
    <table className="print-table" data-testid="print-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.id}>{t(column.label)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, PRINT_ROWS).map((row) => (
          <tr key={row.id}>
            {COLUMNS.map((column) => (
              <td key={column.id}>{column.text(row, ctx)}</td>
            ))}
          </tr>
        ))}
        {rows.length > PRINT_ROWS ? (
          <tr>
            <td colSpan={COLUMNS.length}>
              {t('table.printMore', { count: rows.length - PRINT_ROWS })}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
