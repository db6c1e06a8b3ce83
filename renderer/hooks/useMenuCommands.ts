import { useEffect } from 'react';
import { onMenuCommand } from '../api/client';
import { useAppStore } from '../state/store';
import { printView } from '../features/print/printView';

/** Carries out the desktop menu's commands (absent in browser mode). */
export function useMenuCommands(): void {
  useEffect(
    () =>
      onMenuCommand((command) => {
        const store = useAppStore.getState();
        if (
          typeof command === 'object' &&
          command !== null &&
          'openPath' in command &&
          typeof command.openPath === 'string'
        ) {
          void store.openMap(command.openPath);
          return;
        }
        switch (command) {
          case 'new-map':
            return void store.pickAndOpen('create');
          case 'open-map':
            return void store.pickAndOpen('open');
          case 'close-map':
            return void store.closeMap();
          case 'undo':
            return void store.undo();
          case 'redo':
            return void store.redo();
          case 'open-demo':
            return void store.openDemo();
          case 'view-map':
            return store.setView('map');
          case 'view-actors':
            return store.setView('actors');
          case 'open-report':
            // Only an open map has something to report on.
            return store.map ? store.setReportOpen(true) : undefined;
          case 'open-stories':
            return store.map ? store.setStoriesOpen(true) : undefined;
          case 'print':
            return store.map ? void printView() : undefined;
          default:
            return undefined;
        }
      }),
    [],
  );
}
