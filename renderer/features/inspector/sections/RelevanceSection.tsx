import { useState } from 'react';
import type { Actor, Topic, TopicId } from '../../../../shared/domain/schemas';
import { useT } from '../../../hooks/useT';
import { useAppStore } from '../../../state/store';

type SliderProps = {
  topic: Topic;
  stored: number | undefined;
  onCommit: (topicId: TopicId, value: number | null) => void;
};

/** One topic's slider: moves freely, saves (one undoable change) when released or after a key. */
function RelevanceSlider({ topic, stored, onCommit }: SliderProps) {
  const t = useT();
  const [value, setValue] = useState(stored ?? 0);
  // A new stored value (after an undo, or another actor) replaces what the slider shows.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setValue(stored ?? 0);
  }
  const commit = () => {
    if (value !== stored) onCommit(topic.id, value);
  };
  const id = `relevance-${topic.id}`;
  return (
    <div className="slider-row">
      <label htmlFor={id}>{topic.name}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={value}
        data-testid={id}
        onChange={(e) => setValue(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
      />
      <output htmlFor={id}>{stored === undefined ? t('common.none') : stored.toFixed(2)}</output>
      {stored !== undefined ? (
        <button
          type="button"
          className="link"
          aria-label={`${t('inspector.clearRelevance')}: ${topic.name}`}
          onClick={() => onCommit(topic.id, null)}
        >
          ×
        </button>
      ) : (
        <span />
      )}
    </div>
  );
}

/** Relevance (0..1) of the actor to each topic of the map. */
export function RelevanceSection({ actor }: { actor: Actor }) {
  const t = useT();
  const topics = useAppStore((s) => s.graph?.topics ?? []);
  const act = useAppStore((s) => s.act);
  const stored = new Map<number, number>(actor.relevance.map((r) => [r.topicId, r.relevance]));
  const commit = (topicId: TopicId, relevance: number | null) =>
    void act('relevance:set', { actorId: actor.id, topicId, relevance });
  return (
    <details className="inspector-section" open>
      <summary>{t('inspector.relevance')}</summary>
      {topics.length === 0 ? <p className="empty-hint">{t('inspector.noTopics')}</p> : null}
      {topics.map((topic) => (
        <RelevanceSlider
          key={topic.id}
          topic={topic}
          stored={stored.get(topic.id)}
          onCommit={commit}
        />
      ))}
    </details>
  );
}
