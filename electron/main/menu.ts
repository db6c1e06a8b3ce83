import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/domain/vocabulary';

/** Menu commands the renderer carries out (it owns the state they change). */
export const MENU_COMMANDS = [
  'new-map',
  'open-map',
  'close-map',
  'undo',
  'redo',
  'open-demo',
  'view-map',
  'view-actors',
  'open-report',
  'open-stories',
  'print',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type MenuActions = {
  send(command: MenuCommand): void;
  openRecent(path: string): void;
};

const LABELS = {
  en: {
    file: 'File',
    new: 'New map…',
    open: 'Open…',
    recent: 'Open Recent',
    none: 'No recent maps',
    close: 'Close map',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    map: 'Map',
    actors: 'Actors',
    report: 'Report…',
    stories: 'Stories and presentation…',
    print: 'Print…',
    help: 'Help',
    demo: 'Open the demo map',
    about: 'About Influmap',
  },
  fr: {
    file: 'Fichier',
    new: 'Nouvelle carte…',
    open: 'Ouvrir…',
    recent: 'Ouvrir un fichier récent',
    none: 'Aucune carte récente',
    close: 'Fermer la carte',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    view: 'Affichage',
    map: 'Carte',
    actors: 'Acteurs',
    report: 'Rapport…',
    stories: 'Récits et présentation…',
    print: 'Imprimer…',
    help: 'Aide',
    demo: 'Ouvrir la carte de démonstration',
    about: 'À propos d’Influmap',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * The application menu (File: New, Open, Open Recent, Report, Stories, Print, Close; Edit: Undo,
 * Redo; View; Help) as a plain template, built without Electron so that tests can read it.
 */
export function buildMenuTemplate(
  locale: Locale,
  recent: ReadonlyArray<{ path: string; name: string }>,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const l = LABELS[locale];
  return [
    {
      label: l.file,
      submenu: [
        { label: l.new, accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-map') },
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => actions.send('open-map') },
        {
          label: l.recent,
          submenu:
            recent.length === 0
              ? [{ label: l.none, enabled: false }]
              : recent.map((m) => ({
                  label: m.name,
                  sublabel: m.path,
                  click: () => actions.openRecent(m.path),
                })),
        },
        { type: 'separator' },
        { label: l.report, click: () => actions.send('open-report') },
        { label: l.stories, click: () => actions.send('open-stories') },
        { label: l.print, accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
        { type: 'separator' },
        { label: l.close, accelerator: 'CmdOrCtrl+W', click: () => actions.send('close-map') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        // Undo/redo act on the map's change journal, not on a text field's history.
        { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
        { label: l.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.map, accelerator: 'CmdOrCtrl+1', click: () => actions.send('view-map') },
        { label: l.actors, accelerator: 'CmdOrCtrl+3', click: () => actions.send('view-actors') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [
        { label: l.demo, click: () => actions.send('open-demo') },
        { role: 'about', label: l.about },
      ],
    },
  ];
}
