import { useEffect } from 'react';
import { pathForDroppedFile } from '../api/client';
import { useAppStore } from '../state/store';

/**
 * Dropping files on the window: a `.influmap` opens (the desktop app knows its path; a browser
 * does not, and says so); other files go to the import dialog, which previews them first.
 * Chips dragged inside the window (the Journey view's actors) are not files and pass through.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      const file = files[0];
      if (!file) return;
      event.preventDefault();
      const { openMap, showNotice, setImportFiles, map } = useAppStore.getState();
      if (!file.name.toLowerCase().endsWith('.influmap')) {
        if (!map) return showNotice({ code: 'NO_MAP_OPEN', file: file.name });
        return setImportFiles(files);
      }
      const path = pathForDroppedFile(file);
      if (path) void openMap(path);
      else showNotice({ code: 'DROP_NEEDS_DESKTOP', file: file.name });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
