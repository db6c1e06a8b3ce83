import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Story } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { useSlidePictures } from './useSlidePictures';
import './stories.css';

/** Keys that move through the slides (as presentation software and clickers send them). */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The buttons' signs, drawn rather than typed: ⏮ and ⏭ are missing from many fonts. */
const sign = (d: string): ReactElement => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path
      d={d}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
const SIGNS = {
  first: sign('M4 3v10 M12 3 7 8l5 5'),
  previous: sign('M10 3 5 8l5 5'),
  next: sign('M6 3l5 5-5 5'),
  last: sign('M12 3v10 M4 3l5 5-5 5'),
  leave: sign('M4 4l8 8 M12 4l-8 8'),
};

/**
 * Presentation mode: a story's slides one at a time over the whole window (and full screen when
 * the browser allows it), each with its title, its picture and its caption. Arrows, Page Up/Down
 * and Space move, Home and End jump, Escape leaves; the buttons do the same.
 */
export function StoryPlayer({ story, onClose }: { story: Story; onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const [at, setAt] = useState(0);
  const overlay = useRef<HTMLDivElement>(null);
  const slides = story.slides;
  const last = slides.length - 1;
  const slide = slides[Math.min(at, last)];
  const slideIds = useMemo(() => slides.map((s) => s.id), [slides]);
  const picture = useSlidePictures(slideIds, at, locale);
  // The latest onClose, for listeners installed once.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    // Keys are heard before anything else on the page (the dialog underneath, the map's
    // shortcuts), whatever has the focus.
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      let move: ((n: number) => number) | null = null;
      if (event.key === 'Escape') close.current();
      else if (event.key === 'Home') move = () => 0;
      else if (event.key === 'End') move = () => last;
      else if (event.key === ' ' && event.shiftKey) move = (n) => Math.max(0, n - 1);
      else if (NEXT.has(event.key)) move = (n) => Math.min(last, n + 1);
      else if (PREVIOUS.has(event.key)) move = (n) => Math.max(0, n - 1);
      else return;
      event.preventDefault();
      event.stopPropagation();
      if (move) setAt(move);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [last]);

  useEffect(() => {
    const element = overlay.current;
    element?.focus();
    // Full screen is a bonus: refused (no user gesture, a browser that forbids it), the player
    // still covers the window. Leaving full screen (the browser's own Escape) leaves the player.
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) close.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (document.fullscreenEnabled && element?.requestFullscreen)
      element.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const button = (label: string, icon: ReactElement, to: number, disabled: boolean) => (
    <button
      type="button"
      title={label}
      aria-label={label}
      disabled={disabled}
      onClick={() => setAt(to)}
    >
      {icon}
    </button>
  );

  return (
    <div
      ref={overlay}
      className="story-player"
      role="dialog"
      aria-modal="true"
      aria-label={t('player.label', { name: story.name })}
      tabIndex={-1}
      data-testid="story-player"
    >
      <header className="player-top">
        <h2 className="player-title" data-testid="player-title">
          {slide?.title}
        </h2>
        <button
          type="button"
          className="player-leave"
          title={t('player.leave')}
          aria-label={t('player.leave')}
          onClick={onClose}
          data-testid="player-leave"
        >
          {SIGNS.leave}
        </button>
      </header>
      <figure className="player-stage">
        <div className="player-picture">
          {picture?.state === 'ready' ? (
            <img
              key={picture.url}
              src={picture.url}
              width={Math.round(picture.width)}
              height={Math.round(picture.height)}
              alt={slide?.title ?? ''}
              data-testid="player-image"
            />
          ) : picture?.state === 'failed' ? (
            <p className="player-wait" role="alert">
              {t('player.failed', { detail: picture.detail })}
            </p>
          ) : (
            <p className="player-wait">{t('player.drawing')}</p>
          )}
        </div>
        {slide?.caption ? (
          <figcaption className="player-caption" data-testid="player-caption">
            {slide.caption}
          </figcaption>
        ) : null}
      </figure>
      <nav className="player-controls" aria-label={story.name}>
        {button(t('player.first'), SIGNS.first, 0, at === 0)}
        {button(t('player.previous'), SIGNS.previous, Math.max(0, at - 1), at === 0)}
        <span className="player-counter" data-testid="player-counter" aria-live="polite">
          {at + 1} / {slides.length}
        </span>
        {button(t('player.next'), SIGNS.next, Math.min(last, at + 1), at >= last)}
        {button(t('player.last'), SIGNS.last, last, at >= last)}
      </nav>
    </div>
  );
}
