import { useState } from 'react';
import type { Slide } from '../../../shared/domain/schemas';
import { formatError } from '../../../shared/i18n/errorMessages';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { EditableText } from '../inspector/EditableText';

/**
 * One slide in its story: what it shows and how many actors it highlights, its title and caption
 * edited in place (each edit one undoable action), and buttons to move it or delete it.
 */
export function SlideItem({
  slide,
  index,
  count,
  shows,
}: {
  slide: Slide;
  index: number;
  count: number;
  /** What the slide shows: the saved view's or the journey's name, or the risk hotspots. */
  shows: string;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: { title?: string; caption?: string | null }) => {
    const outcome = await perform('slide:update', { id: slide.id, patch });
    return outcome.ok ? null : formatError(outcome.error, locale);
  };
  const highlighted = slide.actorIds.length;
  return (
    <li className="slide-item" data-testid="slide-item">
      <span className="slide-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="slide-body">
        <p className="slide-facts">
          <span className={`slide-kind slide-kind-${slide.kind}`}>
            {t(`stories.kind.${slide.kind}`)}
          </span>
          {slide.kind === 'risks' ? null : <span data-testid="slide-shows">{shows}</span>}
          {highlighted > 0 ? (
            <span className="slide-highlighted" data-testid="slide-highlighted">
              {highlighted === 1
                ? t('stories.highlighted.one')
                : t('stories.highlighted.many', { count: highlighted })}
            </span>
          ) : null}
        </p>
        <label className="visually-hidden" htmlFor={`slide-title-${slide.id}`}>
          {t('stories.slideTitle')}
        </label>
        <EditableText
          id={`slide-title-${slide.id}`}
          value={slide.title}
          onCommit={(title) => save({ title })}
          onError={setError}
        />
        <label className="visually-hidden" htmlFor={`slide-caption-${slide.id}`}>
          {t('stories.caption')}
        </label>
        <EditableText
          id={`slide-caption-${slide.id}`}
          value={slide.caption ?? ''}
          multiline
          rows={2}
          placeholder={t('stories.captionHint')}
          onCommit={(caption) => save({ caption: caption.trim() || null })}
          onError={setError}
        />
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <div className="slide-actions">
        <button
          type="button"
          title={t('stories.moveUp')}
          aria-label={t('stories.moveUp')}
          disabled={index === 0}
          onClick={() => void act('slide:move', { id: slide.id, position: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          title={t('stories.moveDown')}
          aria-label={t('stories.moveDown')}
          disabled={index === count - 1}
          onClick={() => void act('slide:move', { id: slide.id, position: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          className="slide-delete"
          title={t('stories.deleteSlide')}
          aria-label={t('stories.deleteSlide')}
          onClick={() => void act('slide:delete', { id: slide.id })}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
