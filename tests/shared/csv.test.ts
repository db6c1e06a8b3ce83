import { describe, expect, it } from 'vitest';
import { refusalOf } from '../helpers/refusal';
import { formatError } from '../../shared/i18n/errorMessages';
import {
  decimalMarkOf,
  decodeText,
  parseBoolean,
  parseCsv,
  parseNumber,
} from '../../shared/io/csv';
import { readJourneyTable } from '../../shared/io/journeyTables';

/** Windows-1252 bytes of a text made of Latin-1 characters (what French Excel writes). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const refusal = refusalOf;

describe('reading CSV as spreadsheets write it', () => {
  it('reads a French Excel file: Windows-1252, sep=;, CRLF, decimal commas', () => {
    const bytes = cp1252(
      'sep=;\r\nparcours;étape;acteur;légitimité\r\nRénovation;Découverte;ada;0,8\r\nRénovation;Évaluation;"bo; le grand";1\r\n',
    );
    const { text, encoding } = decodeText(bytes, 'placements.csv');
    expect(encoding).toBe('windows-1252');
    const table = parseCsv(text, 'placements.csv', encoding);
    expect(table).toMatchObject({ delimiter: ';', lineEnding: 'CRLF', lines: [3, 4] });
    expect(decimalMarkOf(table.rows)).toBe(',');
    expect(decimalMarkOf([['a', '0.5', '1,234.5']])).toBe('.');
    expect(decimalMarkOf([['a', '12']])).toBeNull();
    expect(table.headers).toEqual(['parcours', 'étape', 'acteur', 'légitimité']);
    const parsed = readJourneyTable(table);
    expect(parsed).toEqual({
      kind: 'placements',
      rows: [
        {
          line: 3,
          journey: 'Rénovation',
          stage: 'Découverte',
          actor: 'ada',
          legitimacy: 0.8,
          touchpoint: null,
          note: null,
        },
        {
          line: 4,
          journey: 'Rénovation',
          stage: 'Évaluation',
          actor: 'bo; le grand',
          legitimacy: 1,
          touchpoint: null,
          note: null,
        },
      ],
    });
  });

  it('reads UTF-8 with a BOM, commas or tabs, quotes doubled and line breaks inside quotes', () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('trail,step,actor\nt1,1,"a ""quoted""\nkey"\n'),
    ]);
    const { text, encoding } = decodeText(bom, 'trails.csv');
    expect(encoding).toBe('utf-8 (BOM)');
    const table = parseCsv(text, 'trails.csv');
    expect(table.rows).toEqual([['t1', '1', 'a "quoted"\nkey']]);
    expect(parseCsv('journey\tstage\nJ\tS\n', 'x.tsv').delimiter).toBe('\t');
  });

  it('names the file, line and column of what it refuses', () => {
    expect(refusal(() => parseCsv('a,b\n1,"open\n2,3\n', 'q.csv'))).toMatchObject({
      code: 'IMPORT_INVALID',
      file: 'q.csv',
      reason: 'unbalanced-quote',
      line: 2,
      column: 3,
    });
    expect(refusal(() => parseCsv('a;b\r\n1;2\r\n3\n;4\r\n', 'lf.csv'))).toMatchObject({
      reason: 'stray-line-feed',
      line: 3,
      column: 2,
    });
    expect(refusal(() => parseCsv('a,b\n1,2\n3,4,5\n', 'w.csv'))).toMatchObject({
      reason: 'column-count',
      line: 3,
    });
    expect(
      refusal(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'x.csv')),
    ).toMatchObject({
      reason: 'binary',
    });
    expect(refusal(() => decodeText(new Uint8Array(), 'e.csv'))).toMatchObject({ reason: 'empty' });
    const badNumber = refusal(() =>
      readJourneyTable(parseCsv('journey;stage;actor;legitimacy\nJ;S;ada;beaucoup\n', 'p.csv')),
    );
    expect(badNumber).toMatchObject({ reason: 'not-a-number', line: 2, field: 'legitimacy' });
    expect(formatError(badNumber, 'fr')).toBe(
      'p.csv ne peut pas être importé ; rien n’a été modifié (ligne 2) — champ legitimacy: ce n’est pas un nombre (beaucoup)',
    );
    const outOfRange = refusal(() =>
      readJourneyTable(parseCsv('journey;stage;actor;legitimacy\nJ;S;ada;1,5\n', 'p.csv')),
    );
    expect(formatError(outOfRange, 'en')).toContain(
      '(line 2) — field legitimacy: the number is out of range (1,5)',
    );
  });

  it('reads numbers and yes/no the way French and English spreadsheets write them', () => {
    expect(parseNumber('0,8')).toBe(0.8);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1,234,567.25')).toBe(1234567.25);
    expect(parseNumber('0.25')).toBe(0.25);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12 %')).toBeNaN();
    expect(parseBoolean('Oui')).toBe(true);
    expect(parseBoolean('faux')).toBe(false);
    expect(parseBoolean('')).toBeNull();
    expect(parseBoolean('peut-être')).toBeUndefined();
  });
});
