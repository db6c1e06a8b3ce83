import { useCallback, useMemo, useRef, useState } from 'react';
import type { RelationId } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { nextActorSelection, NOTHING } from '../../state/selection';
import { useAppStore } from '../../state/store';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import type { ViewEncoding, ViewFilters } from '../../../shared/domain/schemas';
import { filterActors, neighbourhood } from '../../../shared/graph/explore';
import { allGroups, COLLAPSE_ABOVE, groupCentroids } from '../../../shared/graph/aggregate';
import { hullLegend, showsHulls } from '../../../shared/graph/hulls';
import { laneHeadings } from '../../../shared/graph/layouts';
import { FIGURE_TEXT } from '../../../shared/figures/figureText';
import { sceneSvg } from '../../../shared/figures/sceneSvg';
import { usePrintPreparer } from '../print/printView';
import { useActorTable } from '../actors/useActorTable';
import type { Backdrop } from './backdropLayer';
import { FiltersPanel } from './FiltersPanel';
import { FocusControls } from './FocusControls';
import { InfluenceMap, type MapHandle, type TapMode } from './InfluenceMap';
import { PERFORMANCE_MODE_ABOVE } from './renderOptions';
import { MapSearch } from './MapSearch';
import { NewActorForm } from './NewActorForm';
import { QuadrantLabels } from './QuadrantLabels';
import { MapLegend } from './MapLegend';
import { actorIdOf, groupIdOf, nodeIdOf, overlapElements, toElements } from './toElements';
import { useMapExport } from './useMapExport';
import { useViewPositions } from './useViewPositions';
import { ViewBar } from './ViewBar';

const NO_FILTERS: ViewFilters = {};
const NO_GROUPS: ReadonlySet<number> = new Set();
const NO_ENCODING: ViewEncoding = {};
const NO_IDS: ReadonlySet<string> = new Set();

/** The Map view: the influence map, its legend, search, the add-actor form and relation drawing. */
export function MapView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const relationTypes = useAppStore((s) => s.map?.settings.relationTypes);
  const select = useAppStore((s) => s.select);
  const act = useAppStore((s) => s.act);
  const webgl = useAppStore((s) => s.webgl);
  const [adding, setAdding] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const layout = useViewPositions(graph, t('views.defaultName'));
  const [showFilters, setShowFilters] = useState(false);
  const filters = layout.current?.filters ?? NO_FILTERS;
  const encoding = layout.current?.encoding ?? NO_ENCODING;
  const mapFocus = useAppStore((s) => s.mapFocus);
  const path = useAppStore((s) => s.path);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS);
  // Relevance and platforms are in the table rows, read only when a filter needs them.
  const tableRows = useActorTable(
    filters.topicId !== undefined || (filters.platforms?.length ?? 0) > 0,
  );
  // Communities drawn as one node each: chosen by the user, or all of them on a big map.
  const [collapsedChoice, setCollapsed] = useState<ReadonlySet<number> | null>(null);
  const everyGroup = useMemo(() => allGroups(graph?.actors ?? []), [graph]);
  const collapsed =
    collapsedChoice ?? ((graph?.actors.length ?? 0) > COLLAPSE_ABOVE ? everyGroup : NO_GROUPS);
  const drawnElements = useMemo(
    () =>
      graph
        ? toElements(
            graph,
            { size: encoding.size ?? 'reach', thresholds },
            collapsed,
            t('communities.none'),
          )
        : [],
    [graph, encoding.size, thresholds, collapsed, t],
  );
  const overlapLinks = useAppStore((s) => s.overlapLinks);
  const setOverlapLinks = useAppStore((s) => s.setOverlapLinks);
  const elements = useMemo(() => {
    if (!overlapLinks) return drawnElements;
    const shown = new Set(
      drawnElements.filter((e) => e.group === 'nodes').map((e) => e.data.id as string),
    );
    return [...drawnElements, ...overlapElements(overlapLinks, shown)];
  }, [drawnElements, overlapLinks]);
  const performanceMode =
    elements.filter((e) => e.group === 'nodes').length > PERFORMANCE_MODE_ABOVE;
  const shownPositions = useMemo(() => {
    const positions = layout.positions;
    if (!positions || !graph || collapsed.size === 0) return positions;
    const centroids = groupCentroids(graph.actors, (id) => positions.get(nodeIdOf(id)), collapsed);
    return new Map([...positions, ...centroids]);
  }, [layout.positions, graph, collapsed]);
  const hiddenIds = useMemo(() => {
    if (!graph) return NO_IDS;
    const relevance = new Map(
      (tableRows ?? []).map((r) => [
        r.id as number,
        new Map(r.relevance.map((x) => [x.topicId as number, x.relevance])),
      ]),
    );
    const platforms = new Map((tableRows ?? []).map((r) => [r.id as number, r.platforms]));
    const kept = filterActors(graph.actors, filters, { thresholds, relevance, platforms });
    const focused = mapFocus
      ? neighbourhood(graph.relations, mapFocus.actorId, mapFocus.steps, mapFocus.direction)
      : null;
    return new Set(
      graph.actors
        .filter((a) => !kept.has(a.id) || (focused && !focused.has(a.id)))
        .map((a) => nodeIdOf(a.id)),
    );
  }, [graph, filters, thresholds, tableRows, mapFocus]);
  const highlight = useMemo(
    () =>
      path && path.actorIds.length > 0
        ? {
            nodeIds: new Set(path.actorIds.map(nodeIdOf)),
            edgeIds: new Set(path.relationIds.map((id) => `r${id}`)),
          }
        : null,
    [path],
  );
  const activeFilters = Object.keys(filters).length;
  const mapRef = useRef<MapHandle>(null);
  const layoutName = layout.current?.layout;
  const hullsShown = showsHulls(layoutName, encoding);
  const stages = layout.lanes;
  const locale = useAppStore((s) => s.locale);
  const headings = useMemo(
    () => (layoutName === 'lanes' ? laneHeadings(stages, FIGURE_TEXT[locale].unplaced) : []),
    [layoutName, stages, locale],
  );
  const backdrop = useMemo<Backdrop>(
    () => ({ communities: hullsShown ? graph : null, headings }),
    [hullsShown, graph, headings],
  );
  const annotations = useMemo(
    () =>
      layoutName === 'power-interest' ? { quadrants: FIGURE_TEXT[locale].quadrants } : { headings },
    [layoutName, headings, locale],
  );
  const exporter = useMapExport(mapRef, graph, layout.current, collapsed, annotations);
  const printPicture = useRef<HTMLImageElement>(null);
  // On paper, the map is its vector picture (the export's), not the screen's canvas.
  usePrintPreparer(async () => {
    const scene = exporter.currentScene();
    const image = printPicture.current;
    if (!scene || !image) return;
    const url = URL.createObjectURL(new Blob([sceneSvg(scene)], { type: 'image/svg+xml' }));
    image.src = url;
    // A picture that cannot be decoded prints the canvas instead (print.css falls back to it).
    await image.decode().catch(() => image.removeAttribute('src'));
    return () => {
      image.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  });
  const communityLegend = useMemo(
    () => ({
      hulls: hullsShown && graph ? hullLegend(graph.communities, collapsed) : [],
      collapsed: collapsed.size > 0,
    }),
    [hullsShown, graph, collapsed],
  );
  const [focus, setFocus] = useState<{ nodeId: string; tick: number } | null>(null);

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
    (edgeId: string) => {
      // Merged relations of collapsed communities (`m…`) are not editable one by one.
      if (edgeId.startsWith('r'))
        select({ kind: 'relation', id: Number(edgeId.slice(1)) as RelationId });
    },
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
        <span className="inline-group">
          <button type="button" onClick={() => setCollapsed(everyGroup)} data-testid="collapse-all">
            {t('communities.collapse')}
          </button>
          {collapsed.size > 0 ? (
            <button type="button" onClick={() => setCollapsed(NO_GROUPS)} data-testid="expand-all">
              {t('communities.expand')}
            </button>
          ) : null}
        </span>
        {overlapLinks ? (
          <span className="inline-group overlap-note" data-testid="overlap-note">
            {t('map.overlapShown', { count: overlapLinks.length })}
            <button type="button" onClick={() => setOverlapLinks(null)}>
              {t('dashboard.hideOverlapLinks')}
            </button>
          </span>
        ) : null}
        <FocusControls
          actorId={
            selection.kind === 'actors' && selection.ids.length === 1
              ? (selection.ids[0] ?? null)
              : null
          }
        />
        <button
          type="button"
          aria-pressed={showFilters}
          className={showFilters || activeFilters ? 'toggled' : ''}
          onClick={() => setShowFilters((v) => !v)}
          data-testid="filters-toggle"
        >
          {activeFilters ? t('filters.count', { count: activeFilters }) : t('filters.open')}
        </button>
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
        encoding={encoding}
        onEncoding={(next) => void layout.updateView({ encoding: next })}
        onExport={exporter.onExport}
      />
      {showFilters ? (
        <FiltersPanel
          key={layout.current?.id ?? 'none'}
          filters={filters}
          onChange={(next) => void layout.updateView({ filters: next })}
        />
      ) : null}
      {adding ? <NewActorForm onDone={() => setAdding(false)} /> : null}
      {drawing ? <p className="mode-hint">{t('map.drawHint')}</p> : null}
      {graph && graph.actors.length === 0 ? <p className="empty-hint">{t('map.empty')}</p> : null}
      <InfluenceMap
        key={performanceMode ? `fast-${webgl}` : 'fine'}
        performanceMode={performanceMode}
        webgl={webgl}
        ref={mapRef}
        elements={elements}
        selectedIds={selectedIds}
        onTapNode={onTapNode}
        onTapEdge={onTapEdge}
        onTapBackground={onTapBackground}
        onBoxSelect={onBoxSelect}
        drawing={drawing}
        onConnect={(s, t2) => void onConnect(s, t2)}
        focus={focus}
        positions={shownPositions}
        onDoubleTapNode={(nodeId) => {
          if (nodeId.startsWith('c'))
            setCollapsed(new Set([...collapsed].filter((g) => groupIdOf(g) !== nodeId)));
        }}
        hiddenIds={hiddenIds}
        highlight={highlight}
        labels={encoding.labels ?? 'auto'}
        onNodesMoved={layout.saveMoves}
        ariaLabel={summary}
        backdrop={backdrop}
      />
      {layout.current?.layout === 'power-interest' ? <QuadrantLabels /> : null}
      <MapLegend size={encoding.size ?? 'reach'} communities={communityLegend} />
      <img ref={printPicture} className="print-picture" alt={summary} data-testid="print-picture" />
    </section>
  );
}
