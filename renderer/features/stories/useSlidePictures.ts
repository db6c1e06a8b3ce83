import { useEffect, useRef, useState } from 'react';
import type { SlideId } from '../../../shared/domain/schemas';
import type { Locale } from '../../../shared/domain/vocabulary';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ApiError, call } from '../../api/client';

export type SlidePicture =
  | { state: 'ready'; url: string; width: number; height: number }
  | { state: 'failed'; detail: string };

const keyOf = (id: SlideId, locale: Locale) => `${id}:${locale}`;

/**
 * The pictures of a story's slides, drawn by the service (`slide:render`: an SVG document) and
 * shown through Blob URLs — an `<img>` never runs what it shows, and no markup is inserted. The
 * slide shown and its neighbours are drawn and decoded ahead, so that moving is immediate; every
 * URL is revoked when the player closes.
 */
export function useSlidePictures(
  slideIds: readonly SlideId[],
  at: number,
  locale: Locale,
): SlidePicture | null {
  const [pictures, setPictures] = useState<ReadonlyMap<string, SlidePicture>>(new Map());
  // Asked for (drawn or being drawn), and the URLs to revoke: bookkeeping, never rendered.
  const asked = useRef(new Set<string>());
  const urls = useRef<string[]>([]);
  const closed = useRef(false);

  useEffect(() => {
    closed.current = false;
    const owned = urls.current;
    return () => {
      closed.current = true;
      for (const url of owned.splice(0)) URL.revokeObjectURL(url);
    };
  }, []);

  useEffect(() => {
    // The next slide first: it is the one most likely wanted after this one.
    const wanted = [slideIds[at], slideIds[at + 1], slideIds[at - 1]].filter(
      (id): id is SlideId => id !== undefined,
    );
    for (const id of wanted) {
      const key = keyOf(id, locale);
      if (asked.current.has(key)) continue;
      asked.current.add(key);
      void draw(id, locale).then((picture) => {
        if (closed.current) {
          if (picture.state === 'ready') URL.revokeObjectURL(picture.url);
          return;
        }
        if (picture.state === 'ready') urls.current.push(picture.url);
        setPictures((shown) => new Map(shown).set(key, picture));
      });
    }
  }, [slideIds, at, locale]);

  const id = slideIds[at];
  return id === undefined ? null : (pictures.get(keyOf(id, locale)) ?? null);
}

async function draw(id: SlideId, locale: Locale): Promise<SlidePicture> {
  try {
    const { svg, width, height } = await call('slide:render', { id, locale });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    // Decoded ahead too, so that showing it does not wait for the image either.
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => undefined);
    return { state: 'ready', url, width, height };
  } catch (err) {
    return {
      state: 'failed',
      detail:
        err instanceof ApiError
          ? formatError(err.data, locale)
          : err instanceof Error
            ? err.message
            : String(err),
    };
  }
}
