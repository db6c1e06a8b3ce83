import { describe, expect, it } from 'vitest';
import { refusalOf } from '../helpers/refusal';
import { createCsvParser } from '../../shared/io/csvStream';

/** Every record (with its line) and the detected format, the text fed in the given pieces. */
function read(pieces: readonly string[]) {
  const records: Array<[string[], number]> = [];
  const parser = createCsvParser('t.csv', (values, line) => records.push([values, line]));
  for (const piece of pieces) parser.push(piece);
  return { records, format: parser.end() };
}

const refusal = (pieces: readonly string[]) => refusalOf(() => read(pieces));

/** The text cut in two at `at`, and cut into pieces of `size`. */
const cutAt = (text: string, at: number) => [text.slice(0, at), text.slice(at)];
const piecesOf = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
    text.slice(i * size, (i + 1) * size),
  );

describe('the CSV reader fed in pieces', () => {
  const tricky =
    'sep=;\r\nnom;"note ""longue""";x\r\n"Zoé";"deux\r\nlignes; et ""guillemets""";1,5\r\n\r\nÉlise;;"fin"\r\n';

  it('reads the same records wherever the text is cut', () => {
    const whole = read([tricky]);
    expect(whole.format).toMatchObject({ delimiter: ';', lineEnding: 'CRLF' });
    expect(whole.records).toEqual([
      [['nom', 'note "longue"', 'x'], 2],
      [['Zoé', 'deux\r\nlignes; et "guillemets"', '1,5'], 3],
      [['Élise', '', 'fin'], 6],
    ]);
    for (let at = 0; at <= tricky.length; at += 1) expect(read(cutAt(tricky, at))).toEqual(whole);
    for (const size of [1, 2, 3, 7]) expect(read(piecesOf(tricky, size))).toEqual(whole);
  });

  it('detects the separator and line ending from the first line, even cut in pieces', () => {
    const tabs = 'a\tb\nc\td\n';
    expect(read(piecesOf(tabs, 1)).format).toMatchObject({ delimiter: '\t', lineEnding: 'LF' });
    expect(read(piecesOf(tabs, 1)).records).toEqual([
      [['a', 'b'], 1],
      [['c', 'd'], 2],
    ]);
    // No line break at all: one record, read at the end.
    expect(read(['x,y']).records).toEqual([[['x', 'y'], 1]]);
  });

  it('names the same line and column for a refusal wherever the text is cut', () => {
    const strayLf = 'a;b\r\n1;2\r\n3\n;4\r\n';
    const openQuote = 'a,b\n1,"open\n2,3\n';
    for (let at = 0; at <= strayLf.length; at += 1)
      expect(refusal(cutAt(strayLf, at))).toMatchObject({
        reason: 'stray-line-feed',
        line: 3,
        column: 2,
      });
    for (let at = 0; at <= openQuote.length; at += 1)
      expect(refusal(cutAt(openQuote, at))).toMatchObject({
        reason: 'unbalanced-quote',
        line: 2,
        column: 3,
      });
  });
});
