import { line, scaleLinear } from 'd3';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

const NO_INPUT = {};
const WIDTH = 220;
const HEIGHT = 44;

/** Weekly mean sentiment (−1..1) as a small line, the zero line dashed. */
function SentimentLine({
  timeline,
  label,
}: {
  timeline: ReadonlyArray<{ week: string; sentiment: number | null }>;
  label: string;
}) {
  const points = timeline.filter((p) => p.sentiment !== null);
  const x = scaleLinear()
    .domain([0, Math.max(1, timeline.length - 1)])
    .range([4, WIDTH - 4]);
  const y = scaleLinear()
    .domain([-1, 1])
    .range([HEIGHT - 4, 4]);
  const path = line<{ index: number; sentiment: number }>()
    .x((p) => x(p.index))
    .y((p) => y(p.sentiment))(
    timeline.flatMap((p, index) =>
      p.sentiment === null ? [] : [{ index, sentiment: p.sentiment }],
    ),
  );
  return (
    <svg
      className="sentiment-line"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`${label}: ${points.map((p) => `${p.week} ${(p.sentiment ?? 0).toFixed(2)}`).join(', ')}`}
    >
      <line x1={4} x2={WIDTH - 4} y1={y(0)} y2={y(0)} className="zero" />
      {path ? <path d={path} /> : null}
    </svg>
  );
}

/**
 * Share of voice per topic from the imported mentions (shared/analytics/shareOfVoice.ts): how
 * much of what is said comes from the organisation's own voices, from competitors and from
 * everyone else, with the weekly sentiment.
 */
export function ShareOfVoice() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const summary = useQuery('mention:summary', NO_INPUT);
  if (!summary) return null;
  const topicName = new Map((graph?.topics ?? []).map((x) => [x.id as number, x.name]));
  const percent = (n: number, total: number) =>
    `${total > 0 ? Math.round((100 * n) / total) : 0} %`;
  return (
    <section data-testid="share-of-voice">
      <h3>{t('voice.title')}</h3>
      {summary.topics.length === 0 ? (
        <p className="hint">{t('voice.none')}</p>
      ) : (
        <>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.topic')}</th>
                <th scope="col">{t('voice.mentions')}</th>
                <th scope="col">{t('voice.own')}</th>
                <th scope="col">{t('voice.competitors')}</th>
                <th scope="col">{t('voice.others')}</th>
                <th scope="col">{t('voice.sentiment')}</th>
                <th scope="col">{t('voice.timeline')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.topics.map((topic) => {
                const name =
                  topic.topicId === null
                    ? t('voice.noTopic')
                    : (topicName.get(topic.topicId) ?? `#${topic.topicId}`);
                return (
                  <tr key={topic.topicId ?? 'none'} data-testid="voice-row">
                    <td>{name}</td>
                    <td className="number">{topic.mentions}</td>
                    <td className="number">
                      <strong>{percent(topic.own, topic.mentions)}</strong>
                    </td>
                    <td className="number">{percent(topic.competitor, topic.mentions)}</td>
                    <td className="number">{percent(topic.other, topic.mentions)}</td>
                    <td className="number">
                      {topic.sentiment === null ? '—' : topic.sentiment.toFixed(2)}
                    </td>
                    <td>
                      <SentimentLine
                        timeline={topic.timeline}
                        label={`${t('voice.timeline')} ${name}`}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {summary.unmatched > 0 ? (
            <p className="muted">{t('voice.unmatched', { count: summary.unmatched })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
