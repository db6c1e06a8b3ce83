import { describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/errorMessages';
import { actorFieldsOf } from '../../shared/io/actorFields';
import { decodeText, encodingSteps, parseCsv, parseNumber } from '../../shared/io/csv';
import { typedValue, type ImportedEdge, type ImportedNode } from '../../shared/io/graphModel';
import { checkEdge, checkNode } from '../../shared/io/importedValues';
import { readJourneyTable } from '../../shared/io/journeyTables';
import { readMentionTable } from '../../shared/io/mentionTable';
import { readEdgeTable, readNodeTable } from '../../shared/io/nodeEdgeTables';
import { createKeyIndex } from '../../shared/util/keyIndex';
import { invalidCharacterAt, nfcKey, singleLine } from '../../shared/util/text';
import { refusalOf } from '../helpers/refusal';

/**
 * Issue 14, "silent coercions": hostile values refused with the file, line and field (or kept
 * as written), never turned silently into something else. Every file here is generated.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
};
/** Windows-1252 bytes, as French Excel writes them. */
const CP1252: Record<string, number> = { '€': 0x80, '’': 0x92, Œ: 0x8c, œ: 0x9c, '«': 0xab };
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => CP1252[c] ?? c.charCodeAt(0)));

/** A node list of `rows` accented names (UTF-8 throughout). */
const nodeList = (rows: number) => {
  let text = 'id,label\n';
  for (let i = 1; i <= rows; i += 1) text += `n${i},Émilie Gaëlle ${i}\n`;
  return text;
};

/** The bytes in pieces of `size` (a character may straddle two). */
function* piecesOf(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** What encodingSteps ends on, or the refusal it throws. */
function streamed(bytes: Uint8Array, size: number, fileName = 'big.csv') {
  const steps = encodingSteps(piecesOf(bytes, size), fileName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Both readers agree: the whole-file one and the streamed one, whatever the piece size. */
function refusedBoth(bytes: Uint8Array, fileName = 'big.csv'): AppErrorData {
  const whole = refusalOf(() => decodeText(bytes, fileName));
  for (const size of [1, 2, 3, 7, 4096, 65_536])
    expect(refusalOf(() => streamed(bytes, size, fileName))).toEqual(whole);
  return whole;
}

const node = (over: Partial<ImportedNode>): ImportedNode => ({
  key: 'a',
  label: 'A',
  attributes: {},
  line: 2,
  ...over,
});
const edge = (over: Partial<ImportedEdge>): ImportedEdge => ({
  source: 'a',
  target: 'b',
  directed: true,
  weight: null,
  type: null,
  attributes: {},
  observedOn: null,
  line: 3,
  ...over,
});

/** The error reads in both languages, with its line and field. */
function readsInBothLanguages(error: AppErrorData) {
  const en = formatError(error, 'en');
  const fr = formatError(error, 'fr');
  if (error.line !== undefined) {
    expect(en).toContain(`line ${error.line}`);
    expect(fr).toContain(`ligne ${error.line}`);
  }
  if (error.field !== undefined) {
    expect(en).toContain(`field ${error.field}`);
    expect(fr).toContain(`champ ${error.field}`);
  }
  expect(en).toContain('cannot be imported');
  expect(fr).toContain('ne peut pas être importé');
  return { en, fr };
}

describe('encoding: a UTF-8 file with a bad byte is refused where it is', () => {
  it('refuses one bad byte at the end of a 20 000-row UTF-8 file, naming line and column', () => {
    const text = nodeList(20_000);
    // After the last line break: line 20 002, column 1.
    const atEnd = refusedBoth(bytesOf(text, [0xe9]));
    expect(atEnd).toMatchObject({
      code: 'IMPORT_INVALID',
      file: 'big.csv',
      reason: 'invalid-utf8',
      line: 20_002,
      column: 1,
      detail: '0xE9',
    });
    const { en, fr } = readsInBothLanguages(atEnd);
    expect(en).toBe(
      'big.csv cannot be imported; nothing was changed (line 20002, column 1): the file is UTF-8 but holds a byte that is not valid UTF-8 (save it again as UTF-8, or as Windows-1252 throughout) (0xE9)',
    );
    expect(fr).toContain('(ligne 20002, colonne 1)');
    // At the end of the last name, before its line break: column in characters, not bytes.
    const lastName = 'n20000,Émilie Gaëlle 20000';
    expect(refusedBoth(bytesOf(text.slice(0, -1), [0x92], '\n'))).toMatchObject({
      line: 20_001,
      column: lastName.length + 1,
      detail: '0x92',
    });
  });

  it('refuses a bad byte in the middle, an unfinished character at the end, and after an emoji', () => {
    const text = nodeList(20_000);
    const cut = text.indexOf('n10000,');
    expect(refusedBoth(bytesOf(text.slice(0, cut), [0xff], text.slice(cut)))).toMatchObject({
      reason: 'invalid-utf8',
      line: 10_001,
      column: 1,
      detail: '0xFF',
    });
    // € is E2 82 AC: the file ends after E2 82.
    expect(refusedBoth(bytesOf(text, 'prix ', [0xe2, 0x82]))).toMatchObject({
      line: 20_002,
      column: 6,
      detail: '0xE2',
    });
    // 😀 is two characters as JavaScript (and the CSV reader) counts them.
    expect(refusedBoth(bytesOf(text, 'a😀b', [0xc3, 0x28]))).toMatchObject({
      line: 20_002,
      column: 5,
      detail: '0xC3',
    });
  });

  it('refuses encoded surrogates, overlong forms and code points beyond U+10FFFF', () => {
    const text = nodeList(50);
    for (const [bad, detail] of [
      [[0xed, 0xa0, 0x80], '0xED'], // a lone surrogate, as CESU-8 or WTF-8 writes it
      [[0xc0, 0xaf], '0xC0'], // "/" written in two bytes
      [[0xe0, 0x80, 0xaf], '0xE0'], // the same in three
      [[0xf4, 0x90, 0x80, 0x80], '0xF4'], // U+110000
      [[0x80], '0x80'], // a continuation byte alone
    ] as const)
      expect(refusedBoth(bytesOf(text, 'x,', [...bad], '\n'))).toMatchObject({
        reason: 'invalid-utf8',
        line: 52,
        column: 3,
        detail,
      });
  });

  it('refuses a BOM followed by a bad byte, even in an otherwise plain file', () => {
    const error = refusedBoth(bytesOf([0xef, 0xbb, 0xbf], 'id,label\nada,Ada', [0xe9], '\n'));
    expect(error).toMatchObject({ reason: 'invalid-utf8', line: 2, column: 8 });
    // The BOM is not a character of the first line.
    expect(refusedBoth(bytesOf([0xef, 0xbb, 0xbf], 'ab', [0xe9]))).toMatchObject({
      line: 1,
      column: 3,
    });
  });

  it('still reads a true Windows-1252 file (é, ’, €, Œ), also with a chance UTF-8 sequence', () => {
    const text = 'id;label;notes\r\nada;Éloïse Œuvre;l’été à 5 €\r\nbo;Noël « Ça »;cœur\r\n';
    const bytes = cp1252(text);
    expect(decodeText(bytes, 'fr.csv')).toEqual({ text, encoding: 'windows-1252' });
    for (const size of [1, 3, 64]) expect(streamed(bytes, size, 'fr.csv')).toBe('windows-1252');
    // "É’" (C9 92), "é" + no-break space + "»" (E9 A0 BB) and "à «" (E0 A0 AB) are valid UTF-8
    // by chance; the file's accented letters standing alone outweigh them.
    const chance =
      'id;label\r\nada;CAFÉ’;\r\nbo;« un café\u00a0»\r\ncy;Noël, Zoé, Hélène et Loïc\r\n';
    expect(decodeText(cp1252(chance), 'fr.csv')).toEqual({
      text: chance,
      encoding: 'windows-1252',
    });
    // Valid UTF-8 split anywhere is still UTF-8.
    for (const size of [1, 2, 3])
      expect(streamed(utf8('id,label\nn1,😀 € é\n'), size)).toBe('utf-8');
    expect(streamed(bytesOf([0xef, 0xbb, 0xbf], 'a,b\n'), 1)).toBe('utf-8 (BOM)');
  });
});

describe('text that cannot be stored is refused, whatever the format', () => {
  it('finds NUL and lone surrogates, and only them', () => {
    expect(invalidCharacterAt('Ada\u0000')).toBe(3);
    expect(invalidCharacterAt('a\ud800b')).toBe(1);
    expect(invalidCharacterAt('a\udc00')).toBe(1);
    expect(invalidCharacterAt('\udbff')).toBe(0);
    expect(invalidCharacterAt('😀 ok \ud83d\ude00')).toBe(-1);
    expect(invalidCharacterAt('tab\tand\nline')).toBe(-1);
  });

  it('refuses NUL in a CSV name with its line and field, in English and French', () => {
    const table = parseCsv('id,label,role\nada,Ada,poet\nbo,B\u0000o,critic\n', 'n.csv');
    const [, bo] = readNodeTable(table);
    const error = refusalOf(() => checkNode(bo as ImportedNode, 'n.csv'));
    expect(error).toMatchObject({
      file: 'n.csv',
      reason: 'invalid-character',
      line: 3,
      field: 'label',
      detail: 'U+0000, character 2',
    });
    const { en, fr } = readsInBothLanguages(error);
    expect(en).toContain('a NUL byte or half of a surrogate pair');
    expect(fr).toContain('un octet NUL ou une moitié de paire de substitution');
  });

  it('refuses them in keys, custom fields and their names, timed values, colours and edges', () => {
    const cases: Array<[() => void, string]> = [
      [() => checkNode(node({ key: 'a\u0000' }), 'g.json'), 'id'],
      [() => checkNode(node({ label: '\ud800' }), 'g.json'), 'label'],
      [() => checkNode(node({ attributes: { bio: 'x\udfff' } }), 'g.json'), 'bio'],
      [() => checkNode(node({ attributes: { 'b\u0000io': 'x' } }), 'g.json'), 'b\u0000io'],
      [
        () =>
          checkNode(
            node({ attributes: { score: [{ value: 'a\u0000', start: null, end: null }] } }),
            'g.gexf',
          ),
        'score',
      ],
      [
        () =>
          checkNode(
            node({ attributes: { score: [{ value: 1, start: '\ud800', end: null }] } }),
            'g.gexf',
          ),
        'score',
      ],
      [() => checkNode(node({ color: '#\u0000' }), 'g.json'), 'color'],
      [() => checkEdge(edge({ source: 'a\u0000' }), 'g.json'), 'source'],
      [() => checkEdge(edge({ target: '\udc00' }), 'g.json'), 'target'],
      [() => checkEdge(edge({ type: 'likes\u0000' }), 'g.json'), 'type'],
      [() => checkEdge(edge({ observedOn: '2024\ud800' }), 'g.json'), 'start'],
      [() => checkEdge(edge({ attributes: { evidence: '\u0000' } }), 'g.json'), 'evidence'],
    ];
    for (const [run, field] of cases)
      expect(refusalOf(run)).toMatchObject({ reason: 'invalid-character', field });
  });

  it('refuses them in journey and mention tables, naming the column', () => {
    const placements = parseCsv(
      'journey;stage;actor;legitimacy;note\nJ;S;ada;0,5;ok\nJ;S;bo;0,5;n\u0000o\n',
      'p.csv',
    );
    expect(refusalOf(() => readJourneyTable(placements))).toMatchObject({
      reason: 'invalid-character',
      line: 3,
      field: 'note',
    });
    const mentions = parseCsv(
      'date,author,topic,reach\n2024-01-02,ada,Pro\ud800duct,12\n',
      'm.csv',
    );
    expect(refusalOf(() => readMentionTable(mentions))).toMatchObject({
      reason: 'invalid-character',
      line: 2,
      field: 'topic',
    });
  });

  it('takes control characters out of single-line fields, and says how many actors had them', () => {
    expect(singleLine('Ada\tLune\r\nde\u001b[31m Paris\u0007')).toBe('Ada Lune de[31m Paris');
    expect(singleLine('plain')).toBe('plain');
    const adjusted = { controlCharacters: 0 };
    const fields = actorFieldsOf(
      node({
        label: 'Ada\nLune',
        attributes: { role: 'po\u0007et', tags: 'a\tb|c', notes: 'line 1\nline 2' },
      }),
      'n.csv',
      adjusted,
    );
    expect(fields).toMatchObject({
      name: 'Ada Lune',
      role: 'poet',
      tags: ['a b', 'c'],
      notes: 'line 1\nline 2',
    });
    expect(adjusted.controlCharacters).toBe(1);
    // A name of control characters only: the key stands for it.
    expect(actorFieldsOf(node({ key: 'k1', label: '\u0007' }), 'n.csv').name).toBe('k1');
  });
});

describe('numbers: counts, positions and custom fields', () => {
  const reachOf = (reach: string | number) =>
    refusalOf(() => actorFieldsOf(node({ attributes: { followers: reach } }), 'n.csv'));

  it('refuses a reach that is not a finite whole number from 0 to 2^53', () => {
    const cases: Array<[string | number, string]> = [
      ['1e308', 'unsafe-integer'],
      [1e308, 'unsafe-integer'],
      ['1e400', 'not-finite'],
      [Infinity, 'not-finite'],
      ['INF', 'not-finite'],
      ['-Infinity', 'not-finite'],
      [Number.NaN, 'not-a-number'],
      ['NaN', 'not-a-number'],
      ['12abc', 'not-a-number'],
      ['-1', 'out-of-range'],
      [-5, 'out-of-range'],
      ['9007199254740993', 'unsafe-integer'],
      [2 ** 53, 'unsafe-integer'],
    ];
    for (const [value, reason] of cases)
      expect(reachOf(value)).toMatchObject({
        file: 'n.csv',
        reason,
        line: 2,
        field: 'followers',
        detail: String(value),
      });
    expect(actorFieldsOf(node({ attributes: { reach: '9007199254740991' } }), 'n.csv').reach).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    const { en, fr } = readsInBothLanguages(reachOf('1e400'));
    expect(en).toContain('the number is infinite or too large (1e400)');
    expect(fr).toContain('le nombre est infini ou trop grand (1e400)');
  });

  it('refuses an infinite stance or engagement rather than calling it out of range', () => {
    expect(
      refusalOf(() => actorFieldsOf(node({ attributes: { stance: 'INF' } }), 'n.csv')),
    ).toMatchObject({ reason: 'not-finite', field: 'stance' });
    expect(
      refusalOf(() => actorFieldsOf(node({ attributes: { engagement: '1e999' } }), 'n.csv')),
    ).toMatchObject({ reason: 'not-finite', field: 'engagement' });
  });

  it('refuses mention counts and journey numbers that cannot be stored', () => {
    const mentions = (reach: string) =>
      refusalOf(() =>
        readMentionTable(
          parseCsv(`date,author,reach,engagement\n2024-01-02,ada,${reach},3\n`, 'm.csv'),
        ),
      );
    expect(mentions('1e400')).toMatchObject({ reason: 'not-finite', line: 2, field: 'reach' });
    expect(mentions('1e308')).toMatchObject({ reason: 'unsafe-integer', field: 'reach' });
    expect(mentions('9007199254740993')).toMatchObject({ reason: 'unsafe-integer' });
    expect(mentions('-1')).toMatchObject({ reason: 'out-of-range' });
    expect(mentions('12abc')).toMatchObject({ reason: 'not-a-number' });
    expect(
      refusalOf(() =>
        readJourneyTable(parseCsv('journey;stage;actor;legitimacy\nJ;S;ada;INF\n', 'p.csv')),
      ),
    ).toMatchObject({ reason: 'not-finite', field: 'legitimacy' });
    expect(
      refusalOf(() => readJourneyTable(parseCsv('trail,step,actor\nt1,1e400,ada\n', 't.csv'))),
    ).toMatchObject({ reason: 'not-finite', field: 'step' });
  });

  it('refuses positions and sizes that are not finite or beyond ±1e9', () => {
    const cases: Array<[Partial<ImportedNode>, string, string]> = [
      [{ x: Infinity, y: 0 }, 'x', 'not-finite'],
      [{ x: 0, y: -Infinity }, 'y', 'not-finite'],
      [{ x: Number.NaN, y: 0 }, 'x', 'not-a-number'],
      [{ x: 1e308, y: 0 }, 'x', 'out-of-range'],
      [{ x: 0, y: -2e9 }, 'y', 'out-of-range'],
      [{ size: Infinity }, 'size', 'not-finite'],
      // Left in the attributes when a reader could not take them as a position:
      [{ attributes: { x: 'Infinity', y: '0' } }, 'x', 'not-finite'],
      [{ attributes: { x: '1', y: '1e999' } }, 'y', 'not-finite'],
      [{ attributes: { size: 'NaN' } }, 'size', 'not-finite'],
    ];
    for (const [over, field, reason] of cases)
      expect(refusalOf(() => checkNode(node(over), 'g.gexf'))).toMatchObject({
        file: 'g.gexf',
        line: 2,
        field,
        reason,
      });
    // CSV x and y columns.
    const [placed] = readNodeTable(parseCsv('id,x,y\na,Infinity,3\n', 'n.csv'));
    expect(refusalOf(() => checkNode(placed as ImportedNode, 'n.csv'))).toMatchObject({
      reason: 'not-finite',
      line: 2,
      field: 'x',
    });
    expect(() => checkNode(node({ x: -1e9, y: 12.5, size: 3 }), 'g.gexf')).not.toThrow();
  });

  it('refuses an infinite edge weight (CSV, JSON) rather than setting it to 1', () => {
    const [heavy] = readEdgeTable(parseCsv('source,target,weight\na,b,1e400\n', 'e.csv'));
    expect(refusalOf(() => checkEdge(heavy as ImportedEdge, 'e.csv'))).toMatchObject({
      reason: 'not-finite',
      line: 2,
      field: 'weight',
    });
    expect(refusalOf(() => checkEdge(edge({ weight: -Infinity }), 'g.json'))).toMatchObject({
      reason: 'not-finite',
    });
    expect(() => checkEdge(edge({ weight: 0 }), 'g.json')).not.toThrow();
  });

  it('keeps custom numbers beyond 2^53 and INF as the text written, rather than rounding them', () => {
    // CSV: a tweet id in a custom column.
    const [row] = readNodeTable(
      parseCsv('id,tweet,score,big\na,1234567890123456789,12,1' + '0'.repeat(400) + '\n', 'n.csv'),
    );
    expect(row?.attributes).toEqual({
      tweet: '1234567890123456789',
      score: 12,
      big: '1' + '0'.repeat(400),
    });
    // GEXF and GraphML typed values.
    expect(typedValue('9007199254740993', 'long')).toBe('9007199254740993');
    expect(typedValue('9007199254740991', 'long')).toBe(9007199254740991);
    expect(typedValue('INF', 'double')).toBe('INF');
    expect(typedValue('-Infinity', 'float')).toBe('-Infinity');
    expect(typedValue('NaN', 'double')).toBe('NaN');
    expect(typedValue('1e999', 'double')).toBe('1e999');
    expect(typedValue('2.5', 'double')).toBe(2.5);
    // JSON has already rounded such a number: refused, saying to quote it.
    const rounded = refusalOf(() =>
      checkNode(
        node({ line: undefined, attributes: { tweet: Number('1234567890123456789') } }),
        'g.json',
      ),
    );
    expect(rounded).toMatchObject({ reason: 'unsafe-integer', field: 'tweet' });
    expect(formatError(rounded, 'en')).toContain('must be written as text, in quotes');
    expect(
      refusalOf(() => checkNode(node({ attributes: { score: Infinity } }), 'g.json')),
    ).toMatchObject({ reason: 'not-finite', field: 'score' });
    expect(parseNumber('∞')).toBe(Infinity);
    expect(parseNumber('-inf')).toBe(-Infinity);
  });
});

describe('keys are compared in NFC, kept as written', () => {
  it('finds "café" typed in NFD under its NFC key, and the other way round', () => {
    const nfd = 'cafe\u0301';
    expect(nfcKey(nfd)).toBe('café');
    expect(nfcKey('plain-key')).toBe('plain-key');
    const index = createKeyIndex();
    index.set('café', 7);
    expect(index.get(nfd)).toBe(7);
    expect(index.has(nfd)).toBe(true);
    index.set(nfd, 8);
    expect(index.size).toBe(1);
    expect(index.get('café')).toBe(8);
    // Hangul syllables and Å (U+212B ANGSTROM SIGN) also have two spellings.
    index.set('\u1100\u1161', 9);
    expect(index.get('\uac00')).toBe(9);
    index.set('\u212b', 10);
    expect(index.get('\u00c5')).toBe(10);
  });
});
