import { useEffect, useRef, useState } from 'react';
import { PNG_SCALES } from '../../../shared/figures/printSize';
import type { Scene } from '../../../shared/figures/scene';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { exportScene, type FigureFormat } from './exportScene';
import './figures.css';

export type ExportableFigure = {
  /** What the entries say the figure is ("Loop", "Lanes"), when there are several. */
  label?: string;
  /** Builds the figure when asked (null when it cannot be drawn yet). */
  scene: () => Scene | null;
  fileBase: string;
};

/**
 * An "Export" menu of named entries for the figures of a view: each as SVG, or PNG at print size
 * (2×, at least 1 600 px wide) or at 1×, 2×, 4×. A failure shows in the banner.
 */
export function FigureExportMenu({
  figures,
  testId,
  align = 'start',
}: {
  figures: ExportableFigure[];
  testId: string;
  /** Which edge of the button the list lines up with (`end` for a button at the right). */
  align?: 'start' | 'end';
}) {
  const t = useT();
  const canPickFiles = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const showNotice = useAppStore((s) => s.showNotice);
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);
  // A menu closes when the user clicks elsewhere or presses Escape, as menus do.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !details.contains(event.target as Node)
      )
        details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const run = (figure: ExportableFigure, choice: FigureFormat) => {
    if (menu.current) menu.current.open = false;
    const scene = figure.scene();
    if (!scene) return;
    setBusy(true);
    exportScene(scene, choice, figure.fileBase, canPickFiles)
      .catch((err: unknown) =>
        showNotice({ code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <details
      className={align === 'end' ? 'menu align-end' : 'menu'}
      ref={menu}
      data-testid={testId}
    >
      <summary className={busy ? 'busy' : ''}>
        {busy ? t('figureExport.busy') : t('figureExport.label')}
      </summary>
      <div className="menu-items" role="menu">
        {figures.map((figure) => (
          <div key={figure.fileBase} role="group" aria-label={figure.label}>
            {figure.label ? <span className="menu-heading">{figure.label}</span> : null}
            <button type="button" role="menuitem" onClick={() => run(figure, { format: 'svg' })}>
              {t('figureExport.svg')}
            </button>
            <button type="button" role="menuitem" onClick={() => run(figure, { format: 'png' })}>
              {t('figureExport.pngPrint')}
            </button>
            {PNG_SCALES.map((scale) => (
              <button
                key={scale}
                type="button"
                role="menuitem"
                onClick={() => run(figure, { format: 'png', scale })}
              >
                {t('figureExport.pngScale', { scale })}
              </button>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
