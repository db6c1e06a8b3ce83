import { useEffect, useRef } from 'react';

/**
 * Printing the current view (Ctrl/Cmd+P, or the desktop menu): each view on screen may register
 * how it gets ready for paper — the map puts its drawing (the export's vector picture) in place
 * of the canvas, the actors table lays out every row rather than the few it scrolls — and the
 * print stylesheet (print.css) hides the toolbars, tabs and inspector. The cleanup it returns
 * runs once the print dialog has closed.
 */
type Preparer = () => Promise<(() => void) | undefined>;

const preparers = new Set<{ current: Preparer }>();

/** Registers `prepare` while the calling view is on screen. */
export function usePrintPreparer(prepare: Preparer): void {
  const ref = useRef(prepare);
  useEffect(() => {
    ref.current = prepare;
  });
  useEffect(() => {
    const entry = ref;
    preparers.add(entry);
    return () => {
      preparers.delete(entry);
    };
  }, []);
}

let printing = false;

/** Gets the view ready, opens the print dialog, then puts the screen back as it was. */
export async function printView(): Promise<void> {
  if (printing) return;
  printing = true;
  const cleanups: Array<() => void> = [];
  try {
    for (const entry of preparers) {
      const cleanup = await entry.current();
      if (cleanup) cleanups.push(cleanup);
    }
    document.documentElement.dataset.printing = 'ready';
    // Blocks until the dialog is closed (Chromium), so what follows runs after printing.
    window.print();
  } finally {
    delete document.documentElement.dataset.printing;
    for (const cleanup of cleanups) cleanup();
    printing = false;
  }
}
