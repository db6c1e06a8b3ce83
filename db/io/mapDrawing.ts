import { unpackGraph } from '../../shared/graph/compactGraph';
import type {
  GraphSnapshot,
  JourneyLanes,
  MapSettings,
  SavedView,
} from '../../shared/domain/schemas';
import { drawingOf, type Drawing } from '../../shared/graph/drawing';
import { actorKey, allGroups, COLLAPSE_ABOVE, groupCentroids } from '../../shared/graph/aggregate';
import { filterActors } from '../../shared/graph/explore';
import { showsHulls } from '../../shared/graph/hulls';
import { legendModel, noCommunityName } from '../../shared/graph/legend';
import type { Locale } from '../../shared/domain/vocabulary';
import {
  forceLayoutSteps,
  laneHeadings,
  layoutInput,
  runLayout,
  type LayoutProgress,
  type Point,
} from '../../shared/graph/layouts';
import { FIGURE_TEXT } from '../../shared/figures/figureText';
import { mapScene, type MapAnnotations } from '../../shared/figures/mapScene';
import type { Scene } from '../../shared/figures/scene';
import type { Repositories } from '../repositories';

/** What every picture of one map is drawn from, read once however many views are drawn. */
export type MapSource = {
  graph: GraphSnapshot;
  settings: MapSettings;
  views: SavedView[];
  /** The first journey's stages: what the journey-lanes layout places actors in. */
  lanes: JourneyLanes['journeys'][number]['stages'];
  /** Positions already worked out, by view id (0: no view), so a layout runs once per source. */
  positions: Map<number, Map<number, Point>>;
};

export function mapSource(repos: Repositories): MapSource {
  return {
    graph: unpackGraph({
      actors: repos.graph.actors(),
      relations: repos.graph.relations(),
      communities: repos.communities.list(),
      topics: repos.topics.list(),
    }),
    settings: repos.settings.get(),
    views: repos.views.list(),
    lanes: repos.journeys.lanes().journeys[0]?.stages ?? [],
    positions: new Map(),
  };
}

/** The view named `viewName` (case ignored), else the default view; an unknown name throws. */
export function findView(views: readonly SavedView[], viewName?: string): SavedView | null {
  const view = viewName
    ? (views.find((v) => v.name.toLowerCase() === viewName.toLowerCase()) ?? null)
    : (views.find((v) => v.isDefault) ?? views[0] ?? null);
  if (viewName && !view) throw new Error(`no view named "${viewName}"`);
  return view;
}

/**
 * Where each actor stands in `view`: the positions kept in it, and the view's layout (computed
 * the same deterministic way as the app) for the actors it does not place.
 */
export function viewPositions(
  repos: Repositories,
  source: MapSource,
  view: SavedView | null,
): Map<number, Point> {
  const steps = viewPositionSteps(repos, source, view);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/**
 * `viewPositions` as steps: a force layout (seconds on a map of tens of thousands of actors)
 * yields between its chunks of iterations, so that a report job stays responsive and can stop.
 * The result is kept in the source: a view is laid out once however many pictures use it.
 */
export function* viewPositionSteps(
  repos: Repositories,
  source: MapSource,
  view: SavedView | null,
): Generator<LayoutProgress, Map<number, Point>, boolean | undefined> {
  const known = source.positions.get(view?.id ?? 0);
  if (known) return known;
  const stored = view ? repos.views.getWithPositions(view.id).positions : [];
  let positions = new Map<number, Point>();
  if (stored.length < source.graph.actors.length) {
    const { nodes, edges } = layoutInput(source.graph);
    const layout = view?.layout ?? 'force';
    positions =
      layout === 'force'
        ? yield* forceLayoutSteps(nodes, edges)
        : runLayout(layout, nodes, edges, undefined, source.lanes);
  }
  for (const p of stored) positions.set(p.actorId, { x: p.x, y: p.y });
  source.positions.set(view?.id ?? 0, positions);
  return positions;
}

export type MapPicture = {
  drawing: Drawing;
  scene: Scene;
  title: string;
  subtitle: string;
  view: SavedView | null;
  /** Actors drawn inside a collapsed community rather than one by one. */
  groupedActors: number;
};

/** What a view's layout writes around its actors: lane headings, or the quadrants. */
export function layoutAnnotations(
  view: SavedView | null,
  source: MapSource,
  locale: Locale,
): MapAnnotations {
  if (view?.layout === 'lanes')
    return { headings: laneHeadings(source.lanes, FIGURE_TEXT[locale].unplaced) };
  if (view?.layout === 'power-interest') return { quadrants: FIGURE_TEXT[locale].quadrants };
  return {};
}

/**
 * The map as the app draws `view` (else the default view): its positions, filters and encoding,
 * communities collapsed as the app opens a big map, the layout's annotations and the legend in
 * `locale`. `highlight` brings some actors forward (a slide's); `only` draws those actors alone
 * (a cluster's part of the map). Used for exports made without a window (CLI, report, slides).
 */
export function pictureOfView(
  repos: Repositories,
  source: MapSource,
  view: SavedView | null,
  locale: Locale,
  options: { highlight?: ReadonlySet<number>; only?: ReadonlySet<number>; title?: string } = {},
): MapPicture {
  const { graph, settings } = source;
  const positions = viewPositions(repos, source, view);
  const filters = view?.filters ?? {};
  // The table rows (relevance, platforms) are read only when a filter needs them.
  const rows =
    filters.topicId !== undefined || filters.platforms?.length ? repos.actors.listTableRows() : [];
  const visibleActors = options.only
    ? new Set([...options.only].filter((id) => positions.has(id)))
    : filterActors(graph.actors, filters, {
        thresholds: settings.tierThresholds,
        relevance: new Map(
          rows.map((r) => [
            r.id as number,
            new Map(r.relevance.map((x) => [x.topicId as number, x.relevance])),
          ]),
        ),
        platforms: new Map(rows.map((r) => [r.id as number, r.platforms])),
      });
  // As the app opens it: a big map shows its communities collapsed, one node each.
  const collapsed =
    !options.only && graph.actors.length > COLLAPSE_ABOVE
      ? allGroups(graph.actors)
      : new Set<number>();
  const keyed = new Map<string, Point>();
  for (const [id, point] of positions) keyed.set(actorKey(id), point);
  const centroids = groupCentroids(graph.actors, (id) => positions.get(id), collapsed);
  for (const [key, point] of centroids) keyed.set(key, point);
  const visible = new Set([...[...visibleActors].map(actorKey), ...centroids.keys()]);
  const size = view?.encoding.size ?? 'reach';
  const drawing = drawingOf(
    graph,
    keyed,
    {
      size,
      thresholds: settings.tierThresholds,
      hulls: !options.only && showsHulls(view?.layout, view?.encoding ?? {}),
    },
    visible,
    { groups: collapsed, noCommunityName: noCommunityName(locale) },
  );
  const title = options.title ?? settings.name;
  const subtitle = [settings.client, view?.name].filter(Boolean).join(' · ');
  const scene = mapScene(drawing, {
    title,
    subtitle,
    legend: legendModel(locale, size, { hulls: drawing.hulls, collapsed: collapsed.size > 0 }),
    annotations: options.only ? {} : layoutAnnotations(view, source, locale),
    ...(options.highlight ? { highlight: new Set([...options.highlight].map(actorKey)) } : {}),
  });
  const groupedActors = graph.actors.filter((a) => collapsed.has(a.communityIds[0] ?? -1)).length;
  return { drawing, scene, title, subtitle, view, groupedActors };
}

/** `pictureOfView` for the view named `viewName` (else the default view), read from the file. */
export function mapPicture(repos: Repositories, locale: Locale, viewName?: string): MapPicture {
  const source = mapSource(repos);
  return pictureOfView(repos, source, findView(source.views, viewName), locale);
}
