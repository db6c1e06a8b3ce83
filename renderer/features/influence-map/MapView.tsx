import { useCallback, useMemo, useState } from 'react';
import type { RelationId } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { nextActorSelection, NOTHING } from '../../state/selection';
import { useAppStore } from '../../state/store';
import { InfluenceMap, type TapMode } from './InfluenceMap';
import { MapSearch } from './MapSearch';
import { NewActorForm } from './NewActorForm';
import { QuadrantLabels } from './QuadrantLabels';
import { StanceLegend } from './StanceLegend';
import { actorIdOf, nodeIdOf, toElements } from './toElements';
import { useViewPositions } from './useViewPositions';
import { ViewBar } from './ViewBar';

/** The Map view: the influence map, its legend, search, the add-actor form and relation drawing. */
export function MapView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const relationTypes = useAppStore((s) => s.map?.settings.relationTypes);
  const select = useAppStore((s) => s.select);
  const act = useAppStore((s) => s.act);
  const [adding, setAdding] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const layout = useViewPositions(graph, t('views.defaultName'));
  const [focus, setFocus] = useState<{ nodeId: string; tick: number } | null>(null);
  const elements = useMemo(() => (graph ? toElements(graph) : []), [graph]);
  const selectedIds = useMemo(
    () =>
      selection.kind === 'actors'
        ? selection.ids.map(nodeIdOf)
        : selection.kind === 'relation'
          ? [`r${selection.id}`]
          : [],
    [selection],
  );

  const onTapNode = useCallback(
    (nodeId: string, mode: TapMode) => {
      const id = actorIdOf(nodeId);
      if (id !== null) select(nextActorSelection(useAppStore.getState().selection, id, mode));
    },
    [select],
  );
  const onTapEdge = useCallback(
    (edgeId: string) => select({ kind: 'relation', id: Number(edgeId.slice(1)) as RelationId }),
    [select],
  );
  const onTapBackground = useCallback(() => select(NOTHING), [select]);
  const onBoxSelect = useCallback(
    (nodeIds: string[]) => {
      const ids = nodeIds.map(actorIdOf).filter((id) => id !== null);
      if (ids.length > 0) select({ kind: 'actors', ids });
    },
    [select],
  );
  const onConnect = useCallback(
    async (sourceNode: string, targetNode: string) => {
      const sourceId = actorIdOf(sourceNode);
      const targetId = actorIdOf(targetNode);
      if (sourceId === null || targetId === null) return;
      // Drawn with the map's first relation type; the inspector opens on it to set the rest.
      const relation = await act('relation:create', {
        sourceId,
        targetId,
        type: relationTypes?.[0] ?? 'mentions',
      });
      if (relation) select({ kind: 'relation', id: relation.id });
    },
    [act, relationTypes, select],
  );

  const summary = t('map.summary', {
    actors: graph?.actors.length ?? 0,
    relations: graph?.relations.length ?? 0,
  });
  return (
    <section className="map-view">
      <div className="toolbar">
        <span className="summary" data-testid="map-summary">
          {summary}
        </span>
        <MapSearch
          actors={graph?.actors ?? []}
          onFound={(actor) => {
            select({ kind: 'actors', ids: [actor.id] });
            setFocus({ nodeId: nodeIdOf(actor.id), tick: Date.now() });
          }}
        />
        <button
          type="button"
          aria-pressed={drawing}
          className={drawing ? 'toggled' : ''}
          onClick={() => setDrawing((d) => !d)}
          title={t('map.drawHint')}
        >
          {t('map.drawRelation')}
        </button>
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          {t('map.addActor')}
        </button>
      </div>
      <ViewBar
        views={layout.views}
        current={layout.current}
        progress={layout.progress}
        onChoose={layout.chooseView}
        onApplyLayout={(name) => void layout.applyLayout(name)}
        onSaveAs={(name) => void layout.saveAsView(name)}
      />
      {adding ? <NewActorForm onDone={() => setAdding(false)} /> : null}
      {drawing ? <p className="mode-hint">{t('map.drawHint')}</p> : null}
      {graph && graph.actors.length === 0 ? <p className="empty-hint">{t('map.empty')}</p> : null}
      <InfluenceMap
        elements={elements}
        selectedIds={selectedIds}
        onTapNode={onTapNode}
        onTapEdge={onTapEdge}
        onTapBackground={onTapBackground}
        onBoxSelect={onBoxSelect}
        drawing={drawing}
        onConnect={(s, t2) => void onConnect(s, t2)}
        focus={focus}
        positions={layout.positions}
        onNodesMoved={layout.saveMoves}
        ariaLabel={summary}
      />
      {layout.current?.layout === 'power-interest' ? <QuadrantLabels /> : null}
      <StanceLegend />
    </section>
  );
}
