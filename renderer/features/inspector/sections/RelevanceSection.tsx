import { useEffect, useRef, useState } from 'react';
import type { Actor, Topic, TopicId } from '../../../../shared/domain/schemas';
import { useT } from '../../../hooks/useT';
import { useAppStore } from '../../../state/store';

type SliderProps = {
  topic: Topic;
  stored: number | undefined;
  onCommit: (topicId: TopicId, value: number | null) => void;
};

/**
 * One topic's slider. It saves when released, or 400 ms after the last arrow key, as one
 * undoable change. While an edit is pending it keeps the user's value: an answer for an earlier
 * step must not pull the thumb back under a fast keyboard user.
 */
function RelevanceSlider({ topic, stored, onCommit }: SliderProps) {
  const t = useT();
  const [value, setValue] = useState(stored ?? 0);
  const [pending, setPending] = useState<number | null>(null);
  const [shown, setShown] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  if (shown !== stored) {
    setShown(stored);
    if (pending === null || pending === stored) {
      setValue(stored ?? 0);
      setPending(null);
    }
  }
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending === null) return;
    if (pending === stored) setPending(null);
    else onCommit(topic.id, pending);
  };
  const commitSoon = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, 400);
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
        onChange={(e) => {
          setValue(Number(e.target.value));
          setPending(Number(e.target.value));
        }}
        onPointerUp={commit}
        onKeyUp={commitSoon}
        onBlur={commit}
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
