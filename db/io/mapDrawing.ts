import { unpackGraph } from '../../shared/graph/compactGraph';
import type { GraphSnapshot, SavedView } from '../../shared/domain/schemas';
import { drawingOf, type Drawing } from '../../shared/graph/drawing';
import { actorKey, allGroups, COLLAPSE_ABOVE, groupCentroids } from '../../shared/graph/aggregate';
import { filterActors } from '../../shared/graph/explore';
import { showsHulls } from '../../shared/graph/hulls';
import { noCommunityName, type CommunityLegend } from '../../shared/graph/legend';
import type { Locale } from '../../shared/domain/vocabulary';
import { layoutInput, runLayout, type Point } from '../../shared/graph/layouts';
import type { Repositories } from '../repositories';

export type MapPicture = {
  drawing: Drawing;
  title: string;
  subtitle: string;
  view: SavedView | null;
  legend: CommunityLegend;
};

/**
 * The map as the app draws its view `viewName` (else the default view): the positions kept in
 * the view, the view's layout (computed the same deterministic way) for actors it does not place,
 * its filters and encoding. Used for exports made without a window (CLI, reports).
 */
export function mapPicture(repos: Repositories, locale: Locale, viewName?: string): MapPicture {
  const views = repos.views.list();
  const view = viewName
    ? (views.find((v) => v.name.toLowerCase() === viewName.toLowerCase()) ?? null)
    : (views.find((v) => v.isDefault) ?? views[0] ?? null);
  if (viewName && !view) throw new Error(`no view named "${viewName}"`);
  const graph: GraphSnapshot = unpackGraph({
    actors: repos.graph.actors(),
    relations: repos.graph.relations(),
    communities: repos.communities.list(),
    topics: repos.topics.list(),
  });
  const stored = view ? repos.views.getWithPositions(view.id).positions : [];
  const positions = new Map<number, Point>();
  if (stored.length < graph.actors.length) {
    const { nodes, edges } = layoutInput(graph);
    for (const [id, point] of runLayout(
      view?.layout ?? 'force',
      nodes,
      edges,
      undefined,
      repos.journeys.lanes().journeys[0]?.stages ?? [],
    ))
      positions.set(id, point);
  }
  for (const p of stored) positions.set(p.actorId, { x: p.x, y: p.y });
  const settings = repos.settings.get();
  const rows = repos.actors.listTableRows();
  const visibleActors = filterActors(graph.actors, view?.filters ?? {}, {
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
    graph.actors.length > COLLAPSE_ABOVE ? allGroups(graph.actors) : new Set<number>();
  const keyed = new Map<string, Point>();
  for (const [id, point] of positions) keyed.set(actorKey(id), point);
  const centroids = groupCentroids(graph.actors, (id) => positions.get(id), collapsed);
  for (const [key, point] of centroids) keyed.set(key, point);
  const visible = new Set([...[...visibleActors].map(actorKey), ...centroids.keys()]);
  const drawing = drawingOf(
    graph,
    keyed,
    {
      size: view?.encoding.size ?? 'reach',
      thresholds: settings.tierThresholds,
      hulls: showsHulls(view?.layout, view?.encoding ?? {}),
    },
    visible,
    { groups: collapsed, noCommunityName: noCommunityName(locale) },
  );
  return {
    drawing,
    title: settings.name,
    subtitle: [settings.client, view?.name].filter(Boolean).join(' · '),
    view,
    legend: { hulls: drawing.hulls, collapsed: collapsed.size > 0 },
  };
}
