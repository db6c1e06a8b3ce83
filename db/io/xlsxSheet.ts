import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/importError';
import type { KeepElement, XmlElement } from '../../shared/io/xml';
import type { Steps } from '../../shared/util/steps';
import { cellBudget, cellText, type CellContext } from './xlsxCells';
import { xmlEntry } from './xlsxXml';
import type { ZipArchive, ZipEntry } from './zipReader';

/** The most rows a sheet may number (Excel's own limit is 1 048 576; other tools write more). */
const MAX_ROW_NUMBER = 2 ** 31 - 1;

/** A row's number: its `r`, else the one after the previous row. */
function rowNumber(row: XmlElement, previous: number): number {
  const r = Number(row.attributes.r);
  return Number.isInteger(r) && r > previous && r <= MAX_ROW_NUMBER ? r : previous + 1;
}

/**
 * A cell's column (1 for A) from its reference (`C12`), else the one after the previous cell;
 * a column past the limit is refused here, before a sparse row could grow to it.
 */
function columnOf(reference: string | undefined, previous: number, sheet: string, line: number) {
  let column = 0;
  if (reference !== undefined)
    for (let k = 0; k < reference.length; k += 1) {
      const c = reference.charCodeAt(k) & ~32;
      if (c < 65 || c > 90) break;
      column = column * 26 + (c - 64);
      if (column > LIMITS.parse.columns) break;
    }
  if (column === 0) column = previous + 1;
  if (column > LIMITS.parse.columns)
    throw importError(sheet, 'too-many-columns', {
      line,
      detail: `a cell beyond column ${LIMITS.parse.columns}`,
    });
  return column;
}

/**
 * The non-empty rows of a sheet, handed to `onRow` as they are read, each numbered as Excel
 * numbers it, its values by column (sparse cells leave ''). Each cell is converted and let go as
 * it closes and each row as it ends, so a sheet of any length is read in constant memory; cells
 * beyond LIMITS.parse.columns, longer than LIMITS.notes, and rows beyond LIMITS.importRows are
 * refused. Yields the compressed bytes read so far.
 */
export function* sheetRows(
  zip: ZipArchive,
  entry: ZipEntry,
  context: CellContext,
  onRow: (values: string[], line: number) => void,
): Steps<void> {
  const { sheet } = context;
  let row: XmlElement | null = null;
  let values: string[] = [];
  let line = 0;
  let column = 0;
  let rows = 0;
  const budget = cellBudget(sheet, 'c');
  const startRow = (element: XmlElement) => {
    row = element;
    values = [];
    column = 0;
    line = rowNumber(element, line);
  };
  const keep: KeepElement = (element, ancestors) => {
    const parent = ancestors.at(-1);
    if (element.name === 'c' && parent?.name === 'row') {
      if (parent !== row) startRow(parent);
      column = columnOf(element.attributes.r, column, sheet, line);
      const text = cellText(element, context, line, column);
      if (text.length > LIMITS.notes) throw importError(sheet, 'too-long', { line, column });
      if (text !== '') values[column - 1] = text;
      return false;
    }
    if (element.name === 'row') {
      if (element !== row) startRow(element);
      row = null;
      if (values.length === 0) return false;
      rows += 1;
      // The header row is not counted among the rows of a table.
      if (rows > LIMITS.importRows + 1) throw importError(sheet, 'too-many-rows', { line });
      onRow(
        Array.from(values, (v) => v ?? ''),
        line,
      );
      return false;
    }
    // A cell's value, inline string and formula stay until the cell closes, within its budget;
    // the rest goes.
    return budget(element, ancestors, () => {
      const cell = ancestors.find((a) => a.name === 'c');
      const inRow = ancestors.find((a) => a.name === 'row');
      return {
        // The row already started when an earlier cell of it closed.
        line: inRow && inRow !== row ? rowNumber(inRow, line) : line,
        ...(cell ? { column: columnOf(cell.attributes.r, column, sheet, line) } : {}),
      };
    });
  };
  yield* xmlEntry(zip, entry, sheet, keep);
}
