import { childNamed, childrenNamed, type XmlElement } from '../../shared/io/xml';

/**
 * Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East
 * Asian ones); other formats are the workbook's own, declared in its styles.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * A format code shows a date when, outside quoted text and [colours] or [conditions], it has a
 * date or time letter (as exceljs decides).
 */
export const isDateFormat = (code: string): boolean =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/**
 * Which cell styles (indexes into the workbook's cellXfs) show numbers as dates, from the styles
 * part (xl/styles.xml): numbers in those cells are read as ISO dates.
 */
export function dateStyles(styles: XmlElement): (style: number) => boolean {
  const custom = new Map<number, string>();
  for (const format of childrenNamed(childNamed(styles, 'numFmts') ?? styles, 'numFmt'))
    custom.set(Number(format.attributes.numFmtId), format.attributes.formatCode ?? '');
  const formats = childrenNamed(childNamed(styles, 'cellXfs') ?? styles, 'xf').map((xf) =>
    Number(xf.attributes.numFmtId ?? 0),
  );
  const dates = Uint8Array.from(formats, (id) => {
    const code = custom.get(id);
    return (code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code)) ? 1 : 0;
  });
  return (style) => dates[style] === 1;
}
