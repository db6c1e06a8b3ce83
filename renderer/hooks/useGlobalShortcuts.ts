import { useEffect } from 'react';
import { translator } from '../i18n/translate';
import { useAppStore } from '../state/store';
import { printView } from '../features/print/printView';

/** True when the key event belongs to a text control, whose own undo and editing must win. */
function isEditing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Deletes what is selected: a relation at once, actors after a confirmation (all undoable). */
function deleteSelection(): void {
  const { selection, act, locale, select } = useAppStore.getState();
  const t = translator(locale);
  if (selection.kind === 'relation')
    void act('relation:delete', { id: selection.id }).then(() => select({ kind: 'none' }));
  if (
    selection.kind === 'actors' &&
    window.confirm(t('bulk.deleteConfirm', { count: selection.ids.length }))
  ) {
    void act('actor:bulk-delete', { ids: [...selection.ids] });
  }
}

/**
 * Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo, Ctrl/Cmd+F search in the current view,
 * Ctrl/Cmd+P print it,
 * Delete removes the selection, Escape clears it.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { undo, redo, select, map } = useAppStore.getState();
      if (!map) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'f') {
        // Even from a field: the user asks for the search box.
        const search = document.getElementById('view-search');
        if (search) {
          event.preventDefault();
          search.focus();
        }
        return;
      }
      if (mod && key === 'p') {
        // The current view, fitted to the page (print.css), not a clipped screen.
        event.preventDefault();
        void printView();
        return;
      }
      if (isEditing(event.target)) return;
      if (mod && key === 'z') {
        event.preventDefault();
        void (event.shiftKey ? redo() : undo());
      } else if (mod && key === 'y') {
        event.preventDefault();
        void redo();
      } else if (event.key === 'Delete' || (event.key === 'Backspace' && mod)) {
        event.preventDefault();
        deleteSelection();
      } else if (event.key === 'Escape') select({ kind: 'none' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
