import { useState } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import type { Direction } from '../../../shared/graph/explore';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/** "Focus": show only the selected actor's neighbourhood, N steps out, in, out or both ways. */
export function FocusControls({ actorId }: { actorId: ActorId | null }) {
  const t = useT();
  const focus = useAppStore((s) => s.mapFocus);
  const setFocus = useAppStore((s) => s.setMapFocus);
  const [steps, setSteps] = useState(1);
  const [direction, setDirection] = useState<Direction>('both');
  if (focus) {
    return (
      <span className="inline-group" data-testid="focus-on">
        {t('focus.active', { steps: focus.steps })}
        <button type="button" onClick={() => setFocus(null)}>
          {t('focus.clear')}
        </button>
      </span>
    );
  }
  if (actorId === null) return null;
  return (
    <span className="inline-group">
      <select
        value={steps}
        onChange={(e) => setSteps(Number(e.target.value))}
        aria-label={t('focus.steps')}
        data-testid="focus-steps"
      >
        {[1, 2, 3].map((n) => (
          <option key={n} value={n}>
            {t('focus.stepCount', { steps: n })}
          </option>
        ))}
      </select>
      <select
        value={direction}
        onChange={(e) => setDirection(e.target.value as Direction)}
        aria-label={t('focus.direction')}
      >
        <option value="both">{t('focus.both')}</option>
        <option value="out">{t('focus.out')}</option>
        <option value="in">{t('focus.in')}</option>
      </select>
      <button type="button" onClick={() => setFocus({ actorId, steps, direction })}>
        {t('focus.apply')}
      </button>
    </span>
  );
}
