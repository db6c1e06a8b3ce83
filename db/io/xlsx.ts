import ExcelJS from 'exceljs';
import { LIMITS } from '../../shared/domain/limits';
import { importError, type CsvTable } from '../../shared/io/csv';
import { checkZip } from './zipGuard';

/** A cell as the text a CSV would hold: numbers with a dot, dates as ISO dates, formulas' results. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  return '';
}

/**
 * The sheets of an XLSX workbook as tables (first row: the header), each named
 * `book.xlsx [Sheet]` in messages, its rows numbered as Excel numbers them. Empty sheets are
 * left out. Read with exceljs after the ZIP guard (zipGuard.ts).
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<CsvTable[]> {
  checkZip(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    throw importError(fileName, 'binary', {
      detail: `not a readable XLSX workbook (${err instanceof Error ? err.message : String(err)})`,
    });
  }
  const tables: CsvTable[] = [];
  for (const sheet of workbook.worksheets) {
    const name = `${fileName} [${sheet.name}]`;
    const records: Array<{ line: number; values: string[] }> = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const text = cellText(cell.value);
        if (text.length > LIMITS.notes)
          throw importError(name, 'too-long', { line: rowNumber, column });
        values[column - 1] = text;
      });
      records.push({ line: rowNumber, values: Array.from(values, (v) => v ?? '') });
    });
    if (records.length > LIMITS.importRows) throw importError(name, 'too-many-rows');
    const [header, ...rows] = records;
    if (!header) continue;
    const width = header.values.length;
    tables.push({
      fileName: name,
      encoding: 'utf-8',
      delimiter: ',',
      lineEnding: 'LF',
      headers: header.values.map((h) => h.trim()),
      rows: rows.map((r) => {
        const values = r.values.slice(0, width);
        while (values.length < width) values.push('');
        return values;
      }),
      lines: rows.map((r) => r.line),
    });
  }
  return tables;
}
