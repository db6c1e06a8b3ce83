import { useState, type FormEvent } from 'react';
import {
  HIGHLIGHT_MAX,
  SLIDE_KINDS,
  type Journey,
  type SavedView,
  type SlideKind,
  type StoryId,
} from '../../../shared/domain/schemas';
import { formatError } from '../../../shared/i18n/errorMessages';
import { Field } from '../../components/Field';
import { useT } from '../../hooks/useT';
import { selectedActorIds } from '../../state/selection';
import { useAppStore } from '../../state/store';

/**
 * Adds a slide at the end of a story: a saved view (optionally with the actors selected on the
 * map highlighted), a journey, or the risk hotspots; with a title (the name of what it shows
 * when left empty) and a caption. One undoable action.
 */
export function AddSlideForm({
  storyId,
  views,
  journeys,
}: {
  storyId: StoryId;
  views: readonly SavedView[];
  journeys: readonly Journey[];
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const selected = selectedActorIds(useAppStore((s) => s.selection));
  const [kind, setKind] = useState<SlideKind>('view');
  const [viewId, setViewId] = useState<number | null>(null);
  const [journeyId, setJourneyId] = useState<number | null>(null);
  const [highlight, setHighlight] = useState(true);
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Until the user picks one: the default view (else the first), the first journey.
  const view = views.find((v) => v.id === viewId) ?? views.find((v) => v.isDefault) ?? views[0];
  const journey = journeys.find((j) => j.id === journeyId) ?? journeys[0];
  const shown =
    kind === 'view' ? view?.name : kind === 'journey' ? journey?.name : t('stories.kind.risks');
  const missing = (kind === 'view' && !view) || (kind === 'journey' && !journey);
  // A slide points at a handful of actors: beyond the cap, the first ones selected (as the
  // label says).
  const highlights = kind === 'view' && highlight ? selected.slice(0, HIGHLIGHT_MAX) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing || busy) return;
    setBusy(true);
    setError(null);
    const outcome = await perform('slide:create', {
      storyId,
      kind,
      ...(kind === 'view' && view ? { viewId: view.id } : {}),
      ...(kind === 'journey' && journey ? { journeyId: journey.id } : {}),
      title: title.trim() || shown || '',
      ...(caption.trim() ? { caption: caption.trim() } : {}),
      ...(highlights.length > 0 ? { actorIds: [...highlights] } : {}),
    });
    setBusy(false);
    if (!outcome.ok) return setError(formatError(outcome.error, locale));
    setTitle('');
    setCaption('');
  };

  return (
    <form className="add-slide" onSubmit={(e) => void submit(e)} data-testid="add-slide">
      <h3>{t('stories.add')}</h3>
      <div className="add-slide-what">
        <Field id="slide-kind" label={t('stories.shows')}>
          <select
            id="slide-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as SlideKind)}
          >
            {SLIDE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`stories.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'view' ? (
          <Field id="slide-view" label={t('stories.view')}>
            <select
              id="slide-view"
              value={view?.id ?? ''}
              disabled={views.length === 0}
              onChange={(e) => setViewId(Number(e.target.value))}
            >
              {views.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </Field>
        ) : kind === 'journey' ? (
          <Field id="slide-journey" label={t('stories.journey')}>
            <select
              id="slide-journey"
              value={journey?.id ?? ''}
              disabled={journeys.length === 0}
              onChange={(e) => setJourneyId(Number(e.target.value))}
            >
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      {kind === 'view' && !view ? <p className="stories-hint">{t('stories.noView')}</p> : null}
      {kind === 'journey' && !journey ? (
        <p className="stories-hint">{t('stories.noJourney')}</p>
      ) : null}
      {kind === 'view' ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={highlight && selected.length > 0}
            disabled={selected.length === 0}
            onChange={(e) => setHighlight(e.target.checked)}
            data-testid="slide-highlight"
          />
          {selected.length === 0
            ? t('stories.highlight.none')
            : selected.length === 1
              ? t('stories.highlight.one')
              : selected.length > HIGHLIGHT_MAX
                ? t('stories.highlight.capped', { max: HIGHLIGHT_MAX, count: selected.length })
                : t('stories.highlight.many', { count: selected.length })}
        </label>
      ) : null}
      <Field id="slide-title" label={t('stories.slideTitle')}>
        <input
          id="slide-title"
          value={title}
          placeholder={shown}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field id="slide-caption" label={t('stories.caption')} error={error}>
        <textarea
          id="slide-caption"
          rows={2}
          value={caption}
          placeholder={t('stories.captionHint')}
          onChange={(e) => setCaption(e.target.value)}
        />
      </Field>
      <button type="submit" className="primary" disabled={missing || busy}>
        {t('stories.add')}
      </button>
    </form>
  );
}
