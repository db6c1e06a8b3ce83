/** Lower-case without accents, for matching "Élodie" with "elodie" in searches and filters. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
