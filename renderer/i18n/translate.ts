import type { Locale } from '../../shared/domain/vocabulary';
import { en, type MessageKey } from './en';
import { fr } from './fr';

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, fr };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for `locale`: `{name}` placeholders are replaced by `params` (as plain text). */
export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, params) => {
    let text = dictionary[key];
    if (params)
      for (const [name, value] of Object.entries(params))
        text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/** Whether `key` is a message (for keys built at run time, such as `action.${label}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
