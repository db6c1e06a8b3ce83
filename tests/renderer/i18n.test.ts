import { describe, expect, it } from 'vitest';
import { API } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import { API_METHODS } from '../../shared/api/methods';
import { formatError, pickLocale } from '../../shared/i18n/errorMessages';
import { en } from '../../renderer/i18n/en';
import { fr } from '../../renderer/i18n/fr';
import { translator } from '../../renderer/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI languages', () => {
  it('has every English message in French, with the same placeholders and never empty', () => {
    for (const [key, english] of Object.entries(en)) {
      const french = fr[key as keyof typeof en];
      expect(french, key).toBeTruthy();
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it('names every undoable action in the history, in both languages', () => {
    // Mutating methods are journaled under their name; the import records its own entry.
    const journaled = [...API_METHODS.filter((m) => API[m].mutates), 'import:apply'];
    const missing = journaled.filter((m) => !(`action.${m}` in en) || !(`action.${m}` in fr));
    expect(missing).toEqual([]);
  });

  it('fills placeholders as plain text', () => {
    expect(translator('fr')('map.summary', { actors: 3, relations: 5 })).toBe(
      '3 acteurs · 5 relations',
    );
    expect(translator('en')('actor.deleteConfirm', { name: '<b>X</b>' })).toContain('<b>X</b>');
  });

  it('picks French or English from the OS languages, English otherwise', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale(['fr_FR.UTF-8'])).toBe('fr');
    expect(pickLocale([])).toBe('en');
  });

  it('has an error message for every error code in both languages, naming the file and field', () => {
    for (const code of ERROR_CODES) {
      for (const locale of ['en', 'fr'] as const) {
        const text = formatError(
          { code, file: '/maps/x.influmap', field: 'stance', line: 4 },
          locale,
        );
        expect(text.length, `${code} ${locale}`).toBeGreaterThan(10);
        expect(text).toContain(locale === 'fr' ? 'ligne 4' : 'line 4');
        expect(text).toContain('stance');
      }
    }
    expect(formatError({ code: 'NOT_A_MAP', file: '/maps/x.influmap' }, 'fr')).toContain(
      '/maps/x.influmap',
    );
  });
});
