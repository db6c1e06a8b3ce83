import type { StateCreator } from 'zustand';
import { pickLocale } from '../../shared/i18n/errorMessages';
import { VIEW_IDS, type Locale, type ViewId } from '../../shared/domain/vocabulary';
import type { ActorId } from '../../shared/domain/schemas';
import type { ActorOverlap } from '../../shared/analytics/analyseMap';
import type { Direction, Path } from '../../shared/graph/explore';
import { NOTHING, type Selection } from './selection';
import type { AppStore } from './store';

const LOCALE_KEY = 'influmap.locale';
const WEBGL_KEY = 'influmap.webgl';

/** The remembered language, else the OS/browser's, else English. */
export function initialLocale(storage: Storage | undefined, languages: readonly string[]): Locale {
  const stored = storage?.getItem(LOCALE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  return pickLocale(languages);
}

/** The view named in the address (`#actors`), so that a view can be linked and survives a reload. */
export function viewFromHash(hash: string): ViewId {
  const name = hash.replace(/^#/, '');
  return (VIEW_IDS as readonly string[]).includes(name) ? (name as ViewId) : 'map';
}

/** The map shows only the actors within `steps` relations of `actorId`. */
export type MapFocus = { actorId: ActorId; steps: number; direction: Direction };

export type UiSlice = {
  /** Map exploration: a focus on one actor's neighbourhood, the strongest path just found. */
  mapFocus: MapFocus | null;
  path: Path | null;
  setMapFocus(focus: MapFocus | null): void;
  setPath(path: Path | null): void;
  /** Audience-overlap links drawn on the map on demand (from the dashboard), or null. */
  overlapLinks: ActorOverlap[] | null;
  setOverlapLinks(links: ActorOverlap[] | null): void;
  /** Files dropped or chosen for import, shown in the import dialog with their preview. */
  importFiles: File[] | null;
  setImportFiles(files: File[] | null): void;
  locale: Locale;
  /**
   * Draw big maps with cytoscape's WebGL renderer. A property of this computer (its GPU), not of
   * the map: remembered locally, off by default because without a GPU it is several times slower
   * (`npm run bench`).
   */
  webgl: boolean;
  setWebgl(on: boolean): void;
  view: ViewId;
  selection: Selection;
  settingsOpen: boolean;
  /** The report dialog and the stories dialog, opened from the header or the desktop menu. */
  reportOpen: boolean;
  storiesOpen: boolean;
  setLocale(locale: Locale): void;
  setView(view: ViewId): void;
  select(selection: Selection): void;
  setSettingsOpen(open: boolean): void;
  setReportOpen(open: boolean): void;
  setStoriesOpen(open: boolean): void;
};

export const createUiSlice: StateCreator<AppStore, [], [], UiSlice> = (set) => ({
  mapFocus: null,
  path: null,
  setMapFocus: (mapFocus) => set({ mapFocus }),
  setPath: (path) => set({ path }),
  overlapLinks: null,
  setOverlapLinks: (overlapLinks) => set({ overlapLinks }),
  importFiles: null,
  setImportFiles: (importFiles) => set({ importFiles }),
  locale: initialLocale(globalThis.localStorage, globalThis.navigator?.languages ?? []),
  webgl: globalThis.localStorage?.getItem(WEBGL_KEY) === 'on',
  setWebgl(on) {
    globalThis.localStorage?.setItem(WEBGL_KEY, on ? 'on' : 'off');
    set({ webgl: on });
  },
  view: viewFromHash(globalThis.location?.hash ?? ''),
  selection: NOTHING,
  settingsOpen: false,
  reportOpen: false,
  storiesOpen: false,
  setLocale(locale) {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    set({ locale });
  },
  setView(view) {
    globalThis.history?.replaceState(null, '', `#${view}`);
    set({ view });
  },
  select: (selection) => set({ selection }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
  setStoriesOpen: (storiesOpen) => set({ storiesOpen }),
});
