import { pickLocale } from '../shared/i18n/errorMessages';
import type { Locale } from '../shared/domain/vocabulary';

/** The CLI speaks the language of the terminal's locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function cliLocale(env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  return pickLocale(
    [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter(
      (v): v is string => !!v && v !== 'C' && v !== 'POSIX',
    ),
  );
}
