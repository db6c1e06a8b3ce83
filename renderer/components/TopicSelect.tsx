import type { TopicId } from '../../shared/domain/schemas';
import { useT } from '../hooks/useT';
import { useAppStore } from '../state/store';

/**
 * The topic the scores are computed on: one of the map's topics, or each actor's best topic
 * (null). Labelled "Topic"; used by the dashboard's ranking and the journey's path.
 */
export function TopicSelect({
  value,
  onChange,
  testId,
  disabled = false,
}: {
  value: number | null;
  onChange: (topicId: TopicId | null) => void;
  testId: string;
  disabled?: boolean;
}) {
  const t = useT();
  const topics = useAppStore((s) => s.graph?.topics ?? []);
  return (
    <label className="inline-group">
      {t('dashboard.topic')}
      <select
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value ? (Number(e.target.value) as TopicId) : null)}
        data-testid={testId}
      >
        <option value="">{t('dashboard.bestTopic')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.name}
          </option>
        ))}
      </select>
    </label>
  );
}
