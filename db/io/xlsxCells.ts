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

/** Where a too-long cell is: its row and column when a sheet's, its index when a shared string's. */
export type CellPlace = { line?: number; column?: number; detail?: string };

/** Excel's own limit on a cell's text: no workbook a spreadsheet wrote holds more. */
const EXCEL_CELL_CHARS = 32_767;

/**
 * What one cell (`c`) or shared string (`si`) may gather while it is read, before it closes and
 * its length can be checked: Excel's limit of characters, in at most as many parts (runs of rich
 * text, each with its own `t`), so that a cell of ten million runs is refused as it grows rather
 * than held whole. (A cell the import keeps is held to LIMITS.notes when it closes; a shared
 * string used nowhere may be as long as Excel allows.) Run properties (fonts, colours) are let go as they close:
 * they say nothing a table keeps. Returns the `keep` answer for elements inside the container.
 */
export function cellBudget(fileName: string, containerName: 'c' | 'si') {
  let current: XmlElement | null = null;
  let chars = 0;
  let parts = 0;
  return (
    element: XmlElement,
    ancestors: readonly XmlElement[],
    place: () => CellPlace,
  ): boolean => {
    const container = ancestors.find((a) => a.name === containerName);
    if (!container) return false;
    if (container !== current) {
      current = container;
      chars = 0;
      parts = 0;
    }
    parts += 1;
    chars += element.text.length;
    if (chars > EXCEL_CELL_CHARS || parts > EXCEL_CELL_CHARS)
      throw importError(fileName, 'too-long', place());
    return element.name !== 'rPr' && !ancestors.some((a) => a.name === 'rPr');
  };
}

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
