import { useState, type FormEvent } from 'react';
import type { Story, StoryId } from '../../../shared/domain/schemas';
import { formatError } from '../../../shared/i18n/errorMessages';
import { Field } from '../../components/Field';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/** The map's stories, one to choose, and a form to create another (one undoable action). */
export function StoryList({
  stories,
  chosen,
  onChoose,
}: {
  stories: readonly Story[];
  chosen: StoryId | null;
  onChoose: (id: StoryId) => void;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await perform('story:create', { name });
    if (!outcome.ok) return setError(formatError(outcome.error, locale));
    setError(null);
    setName('');
    onChoose(outcome.value.id);
  };

  return (
    <div className="story-list">
      {stories.length === 0 ? <p className="stories-hint">{t('stories.none')}</p> : null}
      <ul data-testid="story-list">
        {stories.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className={story.id === chosen ? 'chosen' : undefined}
              aria-current={story.id === chosen ? 'true' : undefined}
              onClick={() => onChoose(story.id)}
            >
              <span className="story-name">{story.name}</span>
              <span className="story-count">
                {story.slides.length === 1
                  ? t('stories.slides.one')
                  : t('stories.slides.many', { count: story.slides.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <form className="new-story" onSubmit={(e) => void create(e)}>
        <Field id="new-story-name" label={t('stories.newName')} error={error}>
          <input id="new-story-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" disabled={name.trim() === ''} data-testid="create-story">
          {t('stories.new')}
        </button>
      </form>
    </div>
  );
}
