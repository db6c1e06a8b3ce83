import { useState } from 'react';
import type { ActorId, CommunityId, Stage } from '../../../shared/domain/schemas';
import type { StagePath } from '../../../shared/journey/influencePath';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { EditableText } from '../inspector/EditableText';
import { formatError } from '../../../shared/i18n/errorMessages';
import { getDragged, isPlacementDrag } from './dragData';
import { LegitimacyInput } from './LegitimacyInput';

const DEFAULT_LEGITIMACY = 0.5;

/**
 * One stage of the journey as a lane: its name and moment-of-truth flag, its touchpoints, the
 * actors and communities placed there with their legitimacy, the voice the influence path chose
 * (and the alternatives), its exposure to detractors, and a white-spot warning. Actors and
 * communities are placed by dropping their chip here, or from the list for keyboard users.
 */
export function StageLane({
  stage,
  index,
  count,
  stagePath,
  nameOf,
  communityName,
  selectedActors,
  chosen,
}: {
  stage: Stage;
  index: number;
  count: number;
  stagePath: StagePath | null;
  nameOf: (actorId: number) => string;
  communityName: (id: number) => string;
  selectedActors: ReadonlySet<number>;
  chosen: boolean;
}) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const perform = useAppStore((s) => s.perform);
  const select = useAppStore((s) => s.select);
  const locale = useAppStore((s) => s.locale);
  const graph = useAppStore((s) => s.graph);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [touchpoint, setTouchpoint] = useState({ name: '', channel: '', format: '' });
  const place = (kind: 'actor' | 'community', id: number, touchpointId: number | null = null) =>
    void act('placement:set', {
      stageId: stage.id,
      touchpointId,
      legitimacy: DEFAULT_LEGITIMACY,
      ...(kind === 'actor' ? { actorId: id as ActorId } : { communityId: id as CommunityId }),
    });
  const voiceId = stagePath?.voice?.actorId ?? null;
  const exposed = new Set(stagePath?.exposure.map((e) => e.actorId) ?? []);
  return (
    <section
      className={`stage-lane${over ? ' drop-over' : ''}${chosen ? ' chosen' : ''}${stagePath?.whiteSpot ? ' white-spot' : ''}`}
      data-testid="stage-lane"
      data-stage={stage.id}
      onDragOver={(e) => {
        if (!isPlacementDrag(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const dragged = getDragged(e);
        if (!dragged) return;
        e.preventDefault();
        place(dragged.kind, dragged.id);
      }}
    >
      <header>
        <EditableText
          id={`stage-name-${stage.id}`}
          value={stage.name}
          onCommit={async (name) => {
            const result = await perform('stage:update', { id: stage.id, patch: { name } });
            return result.ok ? null : formatError(result.error, locale);
          }}
          onError={setError}
        />
        <label className="mot-toggle">
          <input
            type="checkbox"
            checked={stage.isMomentOfTruth}
            onChange={(e) =>
              void act('stage:update', {
                id: stage.id,
                patch: { isMomentOfTruth: e.target.checked },
              })
            }
          />{' '}
          {t('journey.momentOfTruth')}
        </label>
        <span className="inline-group">
          <button
            type="button"
            className="link"
            disabled={index === 0}
            aria-label={`${t('journey.moveEarlier')}: ${stage.name}`}
            onClick={() => void act('stage:move', { id: stage.id, position: index - 1 })}
          >
            ←
          </button>
          <button
            type="button"
            className="link"
            disabled={index === count - 1}
            aria-label={`${t('journey.moveLater')}: ${stage.name}`}
            onClick={() => void act('stage:move', { id: stage.id, position: index + 1 })}
          >
            →
          </button>
          <button
            type="button"
            className="link"
            aria-label={`${t('common.delete')}: ${stage.name}`}
            onClick={() => {
              if (window.confirm(t('journey.deleteStageConfirm', { name: stage.name })))
                void act('stage:delete', { id: stage.id });
            }}
          >
            ×
          </button>
        </span>
      </header>
      {stagePath?.whiteSpot ? (
        <p className="white-spot-note" role="note">
          {t('journey.whiteSpot')}
        </p>
      ) : null}
      {stagePath?.voice ? (
        <p className="path-voice" data-testid="path-voice">
          ★ {nameOf(stagePath.voice.actorId)}{' '}
          <span className="muted">
            {t('journey.voiceScore', { score: stagePath.score.toFixed(1) })}
            {stagePath.continued ? ` · ${t('journey.continued')}` : ''}
          </span>
        </p>
      ) : null}
      {stagePath && stagePath.alternatives.length > 0 ? (
        <p className="muted">
          {t('journey.alternatives')}:{' '}
          {stagePath.alternatives
            .map((a) => `${nameOf(a.actorId)} (${a.pathScore.toFixed(0)})`)
            .join(', ')}
        </p>
      ) : null}
      {stagePath && stagePath.exposure.length > 0 ? (
        <p className="exposure" data-testid="exposure">
          ⚠ {t('journey.exposure')}:{' '}
          {stagePath.exposure
            .map((e) => `${nameOf(e.actorId)} (${e.loudness.toFixed(0)})`)
            .join(', ')}
        </p>
      ) : null}
      <ul className="placements">
        {stage.placements.map((p) => {
          const name =
            p.actorId !== null ? nameOf(p.actorId) : `${communityName(p.communityId ?? 0)} ⬡`;
          const classes = [
            p.actorId !== null && p.actorId === voiceId ? 'voice' : '',
            p.actorId !== null && exposed.has(p.actorId) ? 'exposed' : '',
            p.actorId !== null && selectedActors.has(p.actorId) ? 'selected' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={p.id} className={classes} data-testid="placement">
              <button
                type="button"
                className="link"
                onClick={() => {
                  if (p.actorId !== null) select({ kind: 'actors', ids: [p.actorId] });
                }}
              >
                {name}
                {p.touchpointId !== null ? (
                  <span className="muted">
                    {' '}
                    @ {stage.touchpoints.find((tp) => tp.id === p.touchpointId)?.name}
                  </span>
                ) : null}
              </button>
              <LegitimacyInput
                value={p.legitimacy}
                label={`${t('journey.legitimacy')}: ${name}`}
                onCommit={(legitimacy) =>
                  void act('placement:update', { id: p.id, patch: { legitimacy } })
                }
              />
              <button
                type="button"
                className="link"
                aria-label={`${t('journey.unplace')}: ${name}`}
                onClick={() => void act('placement:delete', { id: p.id })}
              >
                ×
              </button>
              <EditableText
                id={`placement-note-${p.id}`}
                value={p.note ?? ''}
                placeholder={`${t('journey.note')}: ${name}`}
                onCommit={async (note) => {
                  const result = await perform('placement:update', {
                    id: p.id,
                    patch: { note: note.trim() || null },
                  });
                  return result.ok ? null : formatError(result.error, locale);
                }}
                onError={setError}
              />
            </li>
          );
        })}
      </ul>
      <select
        value=""
        aria-label={`${t('journey.placeActor')}: ${stage.name}`}
        data-testid="place-actor"
        onChange={(e) => {
          const [kind, id] = e.target.value.split(':');
          if (kind === 'actor' || kind === 'community') place(kind, Number(id));
        }}
      >
        <option value="">{t('journey.placeActor')}…</option>
        <optgroup label={t('view.communities')}>
          {(graph?.communities ?? []).map((c) => (
            <option key={`c${c.id}`} value={`community:${c.id}`}>
              {c.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('view.actors')}>
          {(graph?.actors ?? []).slice(0, 2_000).map((a) => (
            <option key={a.id} value={`actor:${a.id}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
      </select>
      {stage.touchpoints.length > 0 ? (
        <ul className="touchpoints">
          {stage.touchpoints.map((tp) => (
            <li
              key={tp.id}
              data-testid="touchpoint"
              onDragOver={(e) => {
                if (isPlacementDrag(e)) e.preventDefault();
              }}
              onDrop={(e) => {
                const dragged = getDragged(e);
                if (!dragged) return;
                // Placed at this touchpoint, not only at the stage.
                e.preventDefault();
                e.stopPropagation();
                setOver(false);
                place(dragged.kind, dragged.id, tp.id);
              }}
            >
              {tp.isMomentOfTruth ? '★ ' : ''}
              {tp.name}
              {tp.channel || tp.format ? (
                <span className="muted">
                  {' '}
                  ({[tp.channel, tp.format].filter(Boolean).join(' · ')})
                </span>
              ) : null}
              <button
                type="button"
                className="link"
                aria-label={`${t('common.delete')}: ${tp.name}`}
                onClick={() => void act('touchpoint:delete', { id: tp.id })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="touchpoint-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act('touchpoint:create', {
            stageId: stage.id,
            name: touchpoint.name,
            channel: touchpoint.channel || null,
            format: touchpoint.format || null,
          }).then((created) => {
            if (created) setTouchpoint({ name: '', channel: '', format: '' });
          });
        }}
      >
        <input
          value={touchpoint.name}
          placeholder={t('journey.touchpoint')}
          aria-label={`${t('journey.touchpoint')}: ${stage.name}`}
          maxLength={300}
          onChange={(e) => setTouchpoint({ ...touchpoint, name: e.target.value })}
        />
        <input
          value={touchpoint.channel}
          placeholder={t('journey.channel')}
          aria-label={t('journey.channel')}
          maxLength={200}
          className="narrow"
          onChange={(e) => setTouchpoint({ ...touchpoint, channel: e.target.value })}
        />
        <input
          value={touchpoint.format}
          placeholder={t('journey.format')}
          aria-label={t('journey.format')}
          maxLength={200}
          className="narrow"
          onChange={(e) => setTouchpoint({ ...touchpoint, format: e.target.value })}
        />
        <button type="submit" disabled={!touchpoint.name.trim()}>
          +
        </button>
      </form>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </section>
  );
}
