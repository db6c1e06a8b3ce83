import { importError } from '../../shared/io/importError';
import { childNamed, type XmlElement } from '../../shared/io/xml';
import type { SharedStrings } from './xlsxSharedStrings';

/** What a sheet's cells need from the rest of the workbook. */
export type CellContext = {
  /** The sheet as messages name it: `book.xlsx [Sheet]`. */
  sheet: string;
  strings: SharedStrings;
  /** Whether the cell style at this index (a cell's `s`) shows numbers as dates. */
  isDateStyle(style: number): boolean;
  /** The workbook counts days from 1904 rather than 1900 (old Mac workbooks). */
  date1904: boolean;
};

/** Days between Excel's day 0 (1899-12-30, in the 1900 system) and 1970-01-01. */
const EPOCH_1970 = 25_569;
/** Days between the 1900 and 1904 systems' day 0. */
const DAYS_1904 = 1_462;
const MS_PER_DAY = 24 * 3600 * 1000;

/** Text of an inline string or shared string: its runs' text, without phonetic hints. */
export const richText = (element: XmlElement): string =>
  element.children
    .map((child) =>
      child.name === 't'
        ? child.text
        : child.name === 'r'
          ? (childNamed(child, 't')?.text ?? '')
          : '',
    )
    .join('');

/** An Excel day number as an ISO date, as exceljs gave it (null if it is no date). */
function serialDate(serial: number, date1904: boolean): string | null {
  const date = new Date(
    Math.round((serial - EPOCH_1970 + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY),
  );
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * A cell (`<c>`) as the text a CSV would hold, as the exceljs reader gave it before: numbers with
 * a dot, numbers in a date style as ISO dates, booleans as true/false, formulas as their cached
 * result, errors as nothing.
 */
export function cellText(
  cell: XmlElement,
  context: CellContext,
  line: number,
  column: number,
): string {
  const type = cell.attributes.t ?? 'n';
  const value = childNamed(cell, 'v')?.text;
  switch (type) {
    case 's': {
      const index = Number(value);
      const text = context.strings.get(index);
      if (text === undefined)
        throw importError(context.sheet, 'binary', {
          line,
          column,
          detail: `damaged workbook: the cell names shared string ${value ?? '(none)'}, the workbook has ${context.strings.count}`,
        });
      return text;
    }
    case 'inlineStr': {
      const inline = childNamed(cell, 'is');
      return inline ? richText(inline) : (value ?? '');
    }
    case 'str':
      return value ?? '';
    case 'b':
      return value === '1' ? 'true' : value === '0' ? 'false' : '';
    case 'e':
      return '';
    case 'd': {
      const date = value ? new Date(value) : null;
      return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : '';
    }
    default: {
      if (value === undefined || value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.isDateStyle(Number(cell.attributes.s ?? 0)))
        return serialDate(number, context.date1904) ?? String(number);
      return String(number);
    }
  }
}
