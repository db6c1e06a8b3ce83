import { useState, type KeyboardEvent } from 'react';
import type { Story, StoryId } from '../../../shared/domain/schemas';
import { formatError } from '../../../shared/i18n/errorMessages';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { EditableText } from '../inspector/EditableText';
import { AddSlideForm } from './AddSlideForm';
import { SlideItem } from './SlideItem';
import { StoryList } from './StoryList';
import { StoryPlayer } from './StoryPlayer';
import './stories.css';

const NO_INPUT = {};

/** Escape in a text control resets the control; elsewhere it closes the dialog. */
const closesDialog = (event: KeyboardEvent) =>
  event.key === 'Escape' &&
  !(event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA'].includes(event.target.tagName));

/**
 * Stories for presentation mode: the map's stories (create, rename, delete) and, for the one
 * chosen, its slides in order (move, edit in place, delete) and a form to add one. Every change
 * is one undoable action; the lists are re-read after each (and after an undo). Play shows the
 * story full screen.
 */
export function StoriesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const stories = useQuery('story:list', NO_INPUT);
  const views = useQuery('view:list', NO_INPUT) ?? [];
  const journeys = useQuery('journey:list', NO_INPUT) ?? [];
  const [chosen, setChosen] = useState<StoryId | null>(null);
  const [playing, setPlaying] = useState<Story | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  // The story chosen, else the first (after the chosen one was deleted, or its creation undone).
  const story = stories?.find((s) => s.id === chosen) ?? stories?.[0] ?? null;

  const shows = (slide: Story['slides'][number]) =>
    slide.kind === 'view'
      ? (views.find((v) => v.id === slide.viewId)?.name ?? t('stories.gone'))
      : slide.kind === 'journey'
        ? (journeys.find((j) => j.id === slide.journeyId)?.name ?? t('stories.gone'))
        : t('stories.kind.risks');

  const remove = (doomed: Story) => {
    if (window.confirm(t('stories.deleteConfirm', { name: doomed.name })))
      void act('story:delete', { id: doomed.id });
  };

  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onKeyDown={(e) => closesDialog(e) && onClose()}
    >
      <div
        className="dialog stories-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="stories-title"
        data-testid="stories-dialog"
      >
        <div className="stories-top">
          <h2 id="stories-title">{t('stories.title')}</h2>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        {stories === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : (
          <div className="stories-columns">
            <StoryList stories={stories} chosen={story?.id ?? null} onChoose={setChosen} />
            {story ? (
              <section className="story-panel" aria-label={story.name} data-testid="story-panel">
                <div className="story-head">
                  <div className="story-rename">
                    <label className="visually-hidden" htmlFor={`story-name-${story.id}`}>
                      {t('stories.name')}
                    </label>
                    <EditableText
                      id={`story-name-${story.id}`}
                      value={story.name}
                      onCommit={async (name) => {
                        const outcome = await perform('story:update', {
                          id: story.id,
                          patch: { name },
                        });
                        return outcome.ok ? null : formatError(outcome.error, locale);
                      }}
                      onError={setNameError}
                    />
                  </div>
                  <button
                    type="button"
                    className="primary"
                    disabled={story.slides.length === 0}
                    onClick={() => setPlaying(story)}
                    data-testid="play-story"
                  >
                    ▶ {t('stories.play')}
                  </button>
                  <button type="button" className="stories-delete" onClick={() => remove(story)}>
                    {t('stories.delete')}
                  </button>
                </div>
                {nameError ? (
                  <p className="field-error" role="alert">
                    {nameError}
                  </p>
                ) : null}
                {story.slides.length === 0 ? (
                  <p className="stories-hint">{t('stories.noSlides')}</p>
                ) : (
                  <ol className="slide-list" data-testid="slide-list">
                    {story.slides.map((slide, index) => (
                      <SlideItem
                        key={slide.id}
                        slide={slide}
                        index={index}
                        count={story.slides.length}
                        shows={shows(slide)}
                      />
                    ))}
                  </ol>
                )}
                <AddSlideForm storyId={story.id} views={views} journeys={journeys} />
              </section>
            ) : null}
          </div>
        )}
      </div>
      {playing ? <StoryPlayer story={playing} onClose={() => setPlaying(null)} /> : null}
    </div>
  );
}
