import { useState } from 'react';
import type { Actor } from '../../../../shared/domain/schemas';
import { useQuery } from '../../../hooks/useQuery';
import { useT } from '../../../hooks/useT';
import { useAppStore } from '../../../state/store';
import { LegitimacyInput } from '../../journey/LegitimacyInput';

const NO_INPUT = {};

/**
 * Where this actor is placed on the journeys, with its legitimacy at each stage (edited here as
 * in the Journey view), and a way to place it at another stage.
 */
export function PlacementsSection({ actor }: { actor: Actor }) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const loaded = useQuery('journey:list', NO_INPUT);
  const journeys = loaded ?? [];
  const [stageId, setStageId] = useState('');
  const [legitimacy, setLegitimacy] = useState(0.5);
  const placed = journeys.flatMap((j) =>
    j.stages.flatMap((s) =>
      s.placements
        .filter((p) => p.actorId === actor.id)
        .map((p) => ({ placement: p, journey: j.name, stage: s.name })),
    ),
  );
  // Nothing rather than a wrong "(0)" while the journeys load.
  if (!loaded) return null;
  return (
    <details
      className="inspector-section"
      open={placed.length > 0}
      data-testid="placements-section"
    >
      <summary>
        {t('placements.title')} ({placed.length})
      </summary>
      {placed.length === 0 ? <p className="muted">{t('placements.none')}</p> : null}
      <ul>
        {placed.map(({ placement, journey, stage }) => (
          <li key={placement.id} className="inline-group">
            <span>
              {journey} › {stage}
            </span>
            <LegitimacyInput
              value={placement.legitimacy}
              label={`${t('journey.legitimacy')}: ${stage}`}
              onCommit={(value) =>
                void act('placement:update', { id: placement.id, patch: { legitimacy: value } })
              }
            />
            <button
              type="button"
              className="link"
              aria-label={`${t('journey.unplace')}: ${stage}`}
              onClick={() => void act('placement:delete', { id: placement.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {journeys.length > 0 ? (
        <form
          className="inline-group"
          onSubmit={(e) => {
            e.preventDefault();
            void act('placement:set', {
              stageId: Number(stageId),
              actorId: actor.id,
              legitimacy,
            }).then((done) => {
              if (done) setStageId('');
            });
          }}
        >
          <select
            value={stageId}
            onChange={(e) => setStageId(e.target.value)}
            aria-label={t('placements.add')}
            data-testid="placement-stage"
          >
            <option value="">{t('placements.add')}…</option>
            {journeys.map((j) => (
              <optgroup key={j.id} label={j.name}>
                {j.stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <input
            type="number"
            className="narrow"
            min={0}
            max={1}
            step={0.05}
            value={legitimacy}
            aria-label={t('journey.legitimacy')}
            onChange={(e) => setLegitimacy(e.target.valueAsNumber)}
          />
          <button type="submit" disabled={!stageId || !(legitimacy >= 0 && legitimacy <= 1)}>
            {t('journey.placeActor')}
          </button>
        </form>
      ) : null}
    </details>
  );
}
