import { SCORE_COMPONENTS } from '../../../../shared/analytics/influenceScore';
import type { Actor } from '../../../../shared/domain/schemas';
import { useT } from '../../../hooks/useT';
import { useAnalysis } from '../../analytics/useAnalysis';

/**
 * "Why is this actor ranked here": the influence score (formula in
 * shared/analytics/influenceScore.ts), its rank, and what each R and the network position adds.
 */
export function ScoreSection({ actor }: { actor: Actor }) {
  const t = useT();
  const { analysis } = useAnalysis();
  const ranked = analysis?.ranking.find((r) => r.id === actor.id);
  const metrics = analysis?.metrics.get(actor.id);
  if (!analysis || !ranked) return null;
  return (
    <details className="inspector-section" open data-testid="score-section">
      <summary>
        {t('score.title')}: <strong data-testid="score-value">{ranked.score.toFixed(1)}</strong> ·{' '}
        {t('score.rank', { rank: ranked.rank, count: analysis.ranking.length })}
      </summary>
      <table className="score-breakdown">
        <tbody>
          {SCORE_COMPONENTS.map((c) => (
            <tr key={c} data-testid={`score-${c}`}>
              <th scope="row">{t(`score.${c}`)}</th>
              <td>
                <meter min={0} max={1} value={ranked.components[c]} />
              </td>
              <td>{ranked.components[c].toFixed(2)}</td>
              <td>+{ranked.contributions[c].toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {metrics ? (
        <p className="muted">
          {t('score.betweenness', { value: metrics.betweenness.toFixed(3) })}
          {analysis.approximate ? ` (${t('score.approximate')})` : ''}
        </p>
      ) : null}
      {ranked.magicMiddle ? <p className="badge">{t('score.magicMiddle')}</p> : null}
    </details>
  );
}
