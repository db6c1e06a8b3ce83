import { useEffect } from 'react';
import { pathForDroppedFile } from '../api/client';
import { useAppStore } from '../state/store';

/**
 * Dropping a file on the window: a `.influmap` opens (the desktop app knows its path; a browser
 * does not, and says so); anything else is for the import, which comes in a later version.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      const { openMap, showNotice } = useAppStore.getState();
      if (!file.name.toLowerCase().endsWith('.influmap'))
        return showNotice({ code: 'IMPORT_NOT_AVAILABLE', file: file.name });
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
