import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { InfluenceMap } from './InfluenceMap';
import { NewActorForm } from './NewActorForm';
import { StanceLegend } from './StanceLegend';
import { actorIdOf, nodeIdOf, toElements } from './toElements';

/** The Map view: the influence map, its legend, and the quick add-actor form. */
export function MapView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const selectedActorId = useAppStore((s) => s.selectedActorId);
  const selectActor = useAppStore((s) => s.selectActor);
  const [adding, setAdding] = useState(false);
  const elements = useMemo(() => (graph ? toElements(graph) : []), [graph]);
  const onSelect = useCallback(
    (nodeId: string | null) => selectActor(nodeId ? actorIdOf(nodeId) : null),
    [selectActor],
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
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          {t('map.addActor')}
        </button>
      </div>
      {adding ? <NewActorForm onDone={() => setAdding(false)} /> : null}
      {graph && graph.actors.length === 0 ? <p className="empty-hint">{t('map.empty')}</p> : null}
      <InfluenceMap
        elements={elements}
        selectedNodeId={selectedActorId === null ? null : nodeIdOf(selectedActorId)}
        onSelect={onSelect}
        ariaLabel={summary}
      />
      <StanceLegend />
    </section>
  );
}
