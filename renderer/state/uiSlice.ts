import type { StateCreator } from 'zustand';
import { pickLocale } from '../../shared/i18n/errorMessages';
import type { ActorId } from '../../shared/domain/schemas';
import type { Locale, ViewId } from '../../shared/domain/vocabulary';
import type { AppStore } from './store';

const LOCALE_KEY = 'influmap.locale';

/** The remembered language, else the OS/browser's, else English. */
export function initialLocale(storage: Storage | undefined, languages: readonly string[]): Locale {
  const stored = storage?.getItem(LOCALE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  return pickLocale(languages);
}

export type UiSlice = {
  locale: Locale;
  view: ViewId;
  selectedActorId: ActorId | null;
  setLocale(locale: Locale): void;
  setView(view: ViewId): void;
  selectActor(id: ActorId | null): void;
};

export const createUiSlice: StateCreator<AppStore, [], [], UiSlice> = (set) => ({
  locale: initialLocale(globalThis.localStorage, globalThis.navigator?.languages ?? []),
  view: 'map',
  selectedActorId: null,
  setLocale(locale) {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    set({ locale });
  },
  setView: (view) => set({ view }),
  selectActor: (id) => set({ selectedActorId: id }),
});
