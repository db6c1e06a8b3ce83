/**
 * UI strings of one feature, in both languages; `en.ts` and `fr.ts` spread them in, so that the
 * compiler checks French has every English key.
 */
export const storiesEn = {
  'stories.title': 'Stories',
} as const;

export const storiesFr: Record<keyof typeof storiesEn, string> = {
  'stories.title': 'Récits',
};
