import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import { formatError } from '../../../shared/i18n/errorMessages';
import { CONTINUITY_BONUS, MIN_LEGITIMACY } from '../../../shared/journey/influencePath';
import { JOURNEY_TEMPLATES, type JourneyTemplate } from '../../../shared/journey/templates';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { AnalysisProgress } from '../analytics/AnalysisProgress';
import { TopicSelect } from '../../components/TopicSelect';
import { EditableText } from '../inspector/EditableText';
import { ActorPalette } from './ActorPalette';
import { JourneyLoop } from './JourneyLoop';
import { StageLane } from './StageLane';
import { TrailsPanel } from './TrailsPanel';
import { useJourneyPath } from './useJourneyPath';
import { FIGURE_TEXT } from '../../../shared/figures/figureText';
import { lanesScene } from '../../../shared/figures/lanesScene';
import { loopScene } from '../../../shared/figures/loopScene';
import { FigureExportMenu } from '../figures/FigureExportMenu';

const NO_INPUT = {};

/**
 * The Journey view: a persona's journey as an infinity loop of stages (moments of truth
 * marked), lanes of the actors placed at each stage, and the influence path across them with its
 * white spots and exposure (shared/journey/influencePath.ts). A stage selected here selects its
 * actors on the map; actors selected elsewhere light up the stages where they are placed.
 */
export function JourneyView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const locale = useAppStore((s) => s.locale);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const act = useAppStore((s) => s.act);
  const perform = useAppStore((s) => s.perform);
  const [identityError, setIdentityError] = useState<string | null>(null);
  const setImportFiles = useAppStore((s) => s.setImportFiles);
  const journeys = useQuery('journey:list', NO_INPUT);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const journey = journeys?.find((j) => j.id === chosenId) ?? journeys?.[0] ?? null;
  // The path is computed on the journey's own topic (kept in the map), or each actor's best.
  const topicId = journey?.topicId ?? null;
  const { path, progress, ranking } = useJourneyPath(journey, topicId);
  const [chosenStage, setChosenStage] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ name: string; template: JourneyTemplate }>({
    name: '',
    template: 'loop',
  });
  const [newStage, setNewStage] = useState('');

  const names = useMemo(
    () => new Map((graph?.actors ?? []).map((a) => [a.id as number, a.name])),
    [graph],
  );
  const nameOf = useCallback((id: number) => names.get(id) ?? `#${id}`, [names]);
  const communityNames = useMemo(
    () => new Map((graph?.communities ?? []).map((c) => [c.id as number, c.name])),
    [graph],
  );
  const communityName = useCallback(
    (id: number) => communityNames.get(id) ?? `#${id}`,
    [communityNames],
  );
  const selectedActors = useMemo(
    () => new Set<number>(selection.kind === 'actors' ? selection.ids : []),
    [selection],
  );
  const highlightedStages = useMemo(
    () =>
      new Set(
        (journey?.stages ?? [])
          .filter((s) =>
            s.placements.some((p) => p.actorId !== null && selectedActors.has(p.actorId)),
          )
          .map((s) => s.id),
      ),
    [journey, selectedActors],
  );
  const byStage = useMemo(() => new Map((path?.stages ?? []).map((s) => [s.stageId, s])), [path]);
  const order = useMemo(() => new Map(ranking.map((r) => [r.id, r.rank])), [ranking]);
  const onStage = useCallback(
    (stageId: number) => {
      setChosenStage(stageId);
      const stage = journey?.stages.find((s) => s.id === stageId);
      const ids = (stage?.placements ?? []).flatMap((p) => (p.actorId !== null ? [p.actorId] : []));
      if (ids.length > 0) select({ kind: 'actors', ids: ids as ActorId[] });
    },
    [journey, select],
  );
  const mapName = useAppStore((s) => s.map?.settings.name ?? '');
  const topicName = graph?.topics.find((topic) => topic.id === topicId)?.name ?? null;
  // What the exported figures say under their title: the map, the persona, the topic.
  const subtitle = [mapName, journey?.persona, topicName].filter(Boolean).join(' · ');
  const loopLabels = useMemo(
    () => ({
      whiteSpot: t('journey.whiteSpotShort'),
      exposure: (count: number) => t('journey.exposureCount', { count }),
      momentOfTruth: t('journey.momentOfTruth'),
    }),
    [t],
  );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const created = await act('journey:create', {
      name: draft.name,
      template: draft.template,
      locale,
    });
    if (created) {
      setChosenId(created.id);
      setDraft({ name: '', template: 'loop' });
    }
  };

  return (
    <section className="journey-view" data-testid="view-journey">
      <div className="toolbar">
        <label className="inline-group">
          {t('journey.journey')}
          <select
            value={journey?.id ?? ''}
            onChange={(e) => setChosenId(Number(e.target.value))}
            data-testid="journey-select"
          >
            {(journeys ?? []).map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <TopicSelect
          value={topicId}
          disabled={!journey}
          testId="journey-topic"
          onChange={(next) => {
            if (journey) void act('journey:update', { id: journey.id, patch: { topicId: next } });
          }}
        />
        <form
          className="inline-group"
          onSubmit={(e) => void create(e)}
          aria-label={t('journey.new')}
        >
          <input
            value={draft.name}
            placeholder={t('journey.newName')}
            aria-label={t('journey.newName')}
            maxLength={300}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
          <select
            value={draft.template}
            aria-label={t('journey.template')}
            onChange={(e) => setDraft({ ...draft, template: e.target.value as JourneyTemplate })}
          >
            {JOURNEY_TEMPLATES.map((template) => (
              <option key={template} value={template}>
                {t(`journey.template.${template}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!draft.name.trim()}>
            {t('journey.new')}
          </button>
        </form>
        <label className="file-button">
          {t('journey.import')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.gexf,.graphml,.gml,.json,text/csv"
            multiple
            data-testid="journey-import"
            onChange={(e) => {
              const chosen = [...(e.target.files ?? [])];
              e.target.value = '';
              if (chosen.length > 0) setImportFiles(chosen);
            }}
          />
        </label>
        {journey ? (
          <FigureExportMenu
            testId="journey-export"
            figures={[
              {
                label: t('figureExport.loop'),
                fileBase: t('figureExport.fileLoop', { journey: journey.name }),
                scene: () => loopScene(journey, path, nameOf, FIGURE_TEXT[locale], subtitle),
              },
              {
                label: t('figureExport.lanes'),
                fileBase: t('figureExport.fileLanes', { journey: journey.name }),
                scene: () =>
                  path ? lanesScene(journey, path, nameOf, FIGURE_TEXT[locale], subtitle) : null,
              },
            ]}
          />
        ) : null}
        {journey ? (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('journey.deleteConfirm', { name: journey.name })))
                void act('journey:delete', { id: journey.id });
            }}
          >
            {t('journey.delete')}
          </button>
        ) : null}
      </div>
      {!journey ? (
        <p className="empty-hint">{t('journey.none')}</p>
      ) : (
        <div className="journey-body">
          <div className="journey-main">
            <div className="journey-identity">
              <EditableText
                id={`journey-name-${journey.id}`}
                value={journey.name}
                onCommit={async (name) => {
                  const result = await perform('journey:update', {
                    id: journey.id,
                    patch: { name },
                  });
                  return result.ok ? null : formatError(result.error, locale);
                }}
                onError={setIdentityError}
              />
              <label className="persona">
                {t('journey.persona')}
                <EditableText
                  id={`journey-persona-${journey.id}`}
                  value={journey.persona ?? ''}
                  multiline
                  rows={2}
                  onCommit={async (persona) => {
                    const result = await perform('journey:update', {
                      id: journey.id,
                      patch: { persona: persona.trim() || null },
                    });
                    return result.ok ? null : formatError(result.error, locale);
                  }}
                  onError={setIdentityError}
                />
              </label>
              {identityError ? (
                <span className="field-error" role="alert">
                  {identityError}
                </span>
              ) : null}
            </div>
            <AnalysisProgress progress={progress} />
            <JourneyLoop
              journey={journey}
              path={path}
              nameOf={nameOf}
              highlightedStages={highlightedStages}
              chosenStage={chosenStage}
              onStage={onStage}
              labels={loopLabels}
            />
            {path ? (
              <p className="path-summary" data-testid="path-summary">
                {t('journey.pathScore', {
                  score: path.score.toFixed(1),
                  whiteSpots: path.whiteSpots.length,
                })}{' '}
                <span className="muted">
                  {t('journey.formula', {
                    bonus: CONTINUITY_BONUS,
                    minimum: MIN_LEGITIMACY,
                  })}
                </span>
              </p>
            ) : null}
            <div className="stage-lanes">
              {journey.stages.map((stage, index) => (
                <StageLane
                  key={stage.id}
                  stage={stage}
                  index={index}
                  count={journey.stages.length}
                  stagePath={byStage.get(stage.id) ?? null}
                  nameOf={nameOf}
                  communityName={communityName}
                  selectedActors={selectedActors}
                  chosen={chosenStage === stage.id || highlightedStages.has(stage.id)}
                />
              ))}
              <form
                className="stage-lane add-stage"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act('stage:create', { journeyId: journey.id, name: newStage }).then(
                    (created) => {
                      if (created) setNewStage('');
                    },
                  );
                }}
              >
                <input
                  value={newStage}
                  placeholder={t('journey.newStage')}
                  aria-label={t('journey.newStage')}
                  maxLength={300}
                  onChange={(e) => setNewStage(e.target.value)}
                />
                <button type="submit" disabled={!newStage.trim()}>
                  {t('common.create')}
                </button>
              </form>
            </div>
            <TrailsPanel />
          </div>
          <ActorPalette order={order} />
        </div>
      )}
    </section>
  );
}
