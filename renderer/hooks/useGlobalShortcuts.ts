import { useEffect } from 'react';
import { useAppStore } from '../state/store';

/** True when the key event belongs to a text control, whose own undo and editing must win. */
function isEditing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo, Escape clears the selection. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditing(event.target)) return;
      const { undo, redo, selectActor, map } = useAppStore.getState();
      if (!map) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        void (event.shiftKey ? redo() : undo());
      } else if (mod && key === 'y') {
        event.preventDefault();
        void redo();
      } else if (event.key === 'Escape') selectActor(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
