import { analyseMap } from '../../shared/analytics/analyseMap';
import { normalisedCentrality, rankActors } from '../../shared/analytics/influenceScore';
import { termsOf } from '../../shared/analytics/riskHotspots';
import type { ReportOptions, Journey, MapSettings } from '../../shared/domain/schemas';
import { tierOf } from '../../shared/domain/tiers';
import type { Locale } from '../../shared/domain/vocabulary';
import { FIGURE_TEXT } from '../../shared/figures/figureText';
import { lanesScene } from '../../shared/figures/lanesScene';
import { loopScene } from '../../shared/figures/loopScene';
import { riskRow, riskScene } from '../../shared/figures/riskScene';
import { voiceScene } from '../../shared/figures/voiceScene';
import type {
  RankedRow,
  ReportActor,
  ReportData,
  ReportJourney,
  ReportMap,
  ReportRisk,
  ReportStory,
  TopicRanking,
} from '../../shared/report/reportData';
import { REPORT_TEXT } from '../../shared/report/reportText';
import { journeyPath } from '../analytics/journeyPath';
import { findView, mapSource, pictureOfView, viewPositionSteps } from '../io/mapDrawing';
import type { LayoutProgress } from '../../shared/graph/layouts';
import type { Repositories } from '../repositories';
import type { SqliteDatabase } from '../sqlite';
import { slideScene } from './slideScene';

/** Topics ranked when none are chosen (the ones with most rated actors first). */
export const DEFAULT_TOPICS = 12;
/** Rows kept per ranking (the report prints fewer; the summary fewer still). */
const RANKED_KEPT = 30;
/** Detractor clusters (or riskiest communities) drawn with their part of the map. */
const CLUSTER_FIGURES = 10;

export type GatherStep = { phase: 'reading' | 'drawing'; share: number };

/** The topics, journeys, views and stories a report is about, as the options name them. */
export type ReportChoice = Pick<ReportOptions, 'topicIds' | 'journeyIds' | 'viewIds' | 'storyIds'>;

/**
 * Everything the report says, read from the map and drawn, step by step (a generator: the job
 * paces it between turns of the event loop and can stop it): the facts, the analyses (computed by
 * the same functions as the app: shared/analytics, shared/journey) and every figure as a scene.
 */
export function* gatherReport(
  repos: Repositories,
  db: SqliteDatabase,
  options: ReportChoice & {
    locale: Locale;
    cover?: ReportOptions['cover'];
    sections: ReadonlySet<string>;
  },
  meta: { generatedAt: string; version: string; mapFile: string },
): Generator<GatherStep, ReportData, void> {
  const locale = options.locale;
  const figureText = FIGURE_TEXT[locale];
  const source = mapSource(repos);
  const { graph, settings } = source;
  const counts = repos.counts.get();
  const mentions = countOf(db, 'SELECT count(*) AS n FROM mentions');
  const stories = repos.stories.list();
  yield { phase: 'reading', share: 0.05 };

  const actors = new Map<number, ReportActor>();
  const stances: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const a of graph.actors) {
    actors.set(a.id, {
      id: a.id,
      key: a.key,
      name: a.name,
      kind: a.kind,
      stance: a.stance,
      reach: a.reach,
      resonance: a.resonance,
      tier: tierOf(a.reach, settings.tierThresholds),
    });
    const k = Math.max(0, Math.min(4, a.stance + 2));
    stances[k] = (stances[k] ?? 0) + 1;
  }
  const relevance = repos.relevance.all();
  const journeys = repos.journeyEditor.list();
  const onJourney = new Set<number>();
  for (const j of journeys)
    for (const s of j.stages)
      for (const p of s.placements) if (p.actorId !== null) onJourney.add(p.actorId);
  const analysis = analyseMap({
    graph,
    relevance,
    weights: settings.scoreWeights,
    thresholds: settings.tierThresholds,
    topicId: null,
    onJourney,
  });
  yield { phase: 'reading', share: 0.25 };

  const topics = chooseTopics(repos, relevance, options.topicIds);
  const centrality = normalisedCentrality(
    [...analysis.metrics.keys()],
    [...analysis.metrics.values()].map((m) => m.pageRank),
  );
  const scored = graph.actors.map((a) => ({
    id: a.id,
    reach: a.reach,
    resonance: a.resonance,
    relevance: relevance.get(a.id) ?? new Map<number, number>(),
  }));
  const rank = (topicId: number | null, topicName: string): TopicRanking => {
    const ranking = rankActors(
      scored,
      centrality,
      topicId,
      settings.scoreWeights,
      settings.tierThresholds,
    );
    const row = (r: (typeof ranking)[number]): RankedRow => ({
      actorId: r.id,
      rank: r.rank,
      score: r.score,
      components: r.components,
      contributions: r.contributions,
      magicMiddle: r.magicMiddle,
    });
    return {
      topicId,
      topicName,
      rows: ranking.slice(0, RANKED_KEPT).map(row),
      magicMiddle: ranking
        .filter((r) => r.magicMiddle)
        .slice(0, RANKED_KEPT)
        .map(row),
    };
  };
  const rankings: TopicRanking[] =
    topics.shown.length > 0
      ? topics.shown.map((t) => rank(t.id, t.name))
      : [rank(null, REPORT_TEXT[locale].rankings.best)];
  yield { phase: 'reading', share: 0.35 };

  const name = (id: number) => actors.get(id)?.name ?? `#${id}`;
  const stanceOf = (id: number) => actors.get(id)?.stance ?? 0;
  const risks: ReportRisk[] = analysis.risks.map((r) => ({
    ...r,
    terms: termsOf(r, r.memberIds.map(stanceOf)),
    figure: null,
  }));
  const drawRisks = options.sections.has('risks') || options.sections.has('summary');
  const riskChart =
    drawRisks && risks.length > 0
      ? riskScene(
          REPORT_TEXT[locale].sections.risks,
          analysis.risks.slice(0, 12).map((r) => riskRow(r, stanceOf, name)),
          figureText,
          settings.name,
        )
      : null;
  if (options.sections.has('risks')) {
    const detailed = risks.some((r) => r.isDetractorCluster)
      ? risks.filter((r) => r.isDetractorCluster)
      : risks.slice(0, 3);
    const defaultView = findView(source.views);
    yield* laidOut(viewPositionSteps(repos, source, defaultView), 0.35);
    for (const risk of detailed.slice(0, CLUSTER_FIGURES)) {
      const lit = new Set([...risk.bridges, ...risk.responders].map((t) => t.actorId));
      risk.figure = pictureOfView(repos, source, defaultView, locale, {
        only: new Set([...risk.memberIds, ...lit]),
        highlight: lit,
        title: risk.name,
      }).scene;
      yield { phase: 'drawing', share: 0.4 };
    }
  }

  const journeyData: ReportJourney[] = [];
  if (options.sections.has('journeys') || options.sections.has('summary')) {
    const chosenJourneys = options.journeyIds
      ? journeys.filter((j) => options.journeyIds?.includes(j.id))
      : journeys;
    const topicId = options.topicIds?.length === 1 ? (options.topicIds[0] ?? null) : null;
    for (const journey of chosenJourneys) {
      journeyData.push(journeyEntry(repos, journey, topicId, name, figureText, settings));
      yield { phase: 'drawing', share: 0.5 };
    }
  }

  const maps: ReportMap[] = [];
  if (options.sections.has('maps')) {
    const views = options.viewIds
      ? source.views.filter((v) => options.viewIds?.includes(v.id))
      : source.views.length > 0
        ? source.views
        : [null];
    for (const view of views) {
      yield* laidOut(
        viewPositionSteps(repos, source, view),
        0.6 + (0.2 * maps.length) / views.length,
      );
      const picture = pictureOfView(repos, source, view, locale);
      maps.push({
        viewName: view?.name ?? settings.name,
        scene: picture.scene,
        actors: picture.drawing.nodes.filter((n) => n.key.startsWith('a')).length,
        groups: picture.drawing.nodes.filter((n) => n.key.startsWith('c')).length,
        grouped: picture.groupedActors,
      });
      yield { phase: 'drawing', share: 0.6 + (0.2 * maps.length) / views.length };
    }
  }

  let voice: ReportData['voice'] = null;
  if (mentions > 0 && options.sections.has('voice')) {
    const summary = repos.mentions.summary();
    const topicName = new Map(graph.topics.map((t) => [t.id as number, t.name]));
    voice = {
      unmatched: summary.unmatched,
      topics: summary.topics.map((v) => {
        const label = v.topicId === null ? null : (topicName.get(v.topicId) ?? `#${v.topicId}`);
        return {
          topicName: label,
          voice: v,
          figure: voiceScene(label ?? REPORT_TEXT[locale].voice.none, v, figureText, locale),
        };
      }),
    };
    yield { phase: 'drawing', share: 0.85 };
  }

  const storyData: ReportStory[] = [];
  if (options.sections.has('stories')) {
    const chosen = options.storyIds
      ? stories.filter((s) => options.storyIds?.includes(s.id))
      : stories;
    for (const story of chosen) {
      storyData.push({
        name: story.name,
        slides: story.slides.map((slide) => ({
          title: slide.title,
          caption: slide.caption,
          scene: slideScene(repos, source, slide, locale, { analysis, journeys }),
        })),
      });
      yield { phase: 'drawing', share: 0.9 };
    }
  }

  return {
    generatedAt: meta.generatedAt,
    version: meta.version,
    mapFile: meta.mapFile,
    settings,
    cover: coverOf(settings, options.cover, meta.generatedAt),
    counts: { ...counts, mentions, stories: stories.length },
    stances,
    actors,
    rankings,
    moreTopics: topics.more,
    risks,
    riskChart,
    journeys: journeyData,
    maps,
    voice,
    stories: storyData,
    sources: db
      .prepare<[], { source: string | null; actors: number; first: string; last: string }>(
        `SELECT nullif(trim(source), '') AS source, count(*) AS actors, min(created_at) AS first, max(created_at) AS last
         FROM actors GROUP BY 1 ORDER BY actors DESC, source LIMIT 50`,
      )
      .all(),
    imports: db
      .prepare<[], { date: string; rows: number }>(
        `SELECT e.created_at AS date, (SELECT count(*) FROM journal_rows r WHERE r.entry_id = e.id) AS rows
         FROM journal_entries e WHERE e.label = 'import:apply' AND e.state = 'done' ORDER BY e.id DESC LIMIT 50`,
      )
      .all(),
  };
}

/** The cover as it prints: what the dialog or the command line gave, else the map settings. */
export function coverOf(
  settings: MapSettings,
  cover: ReportOptions['cover'] | undefined,
  generatedAt: string,
): ReportData['cover'] {
  return {
    title: cover?.title ?? settings.name,
    client: cover?.client !== undefined ? cover.client : settings.client,
    subject: cover?.subject !== undefined ? cover.subject : settings.subject,
    author: cover?.author !== undefined ? cover.author : settings.author,
    date: cover?.date ?? generatedAt.slice(0, 10),
  };
}

function journeyEntry(
  repos: Repositories,
  journey: Journey,
  topicId: number | null,
  name: (id: number) => string,
  text: (typeof FIGURE_TEXT)[Locale],
  settings: MapSettings,
): ReportJourney {
  const { path } = journeyPath(repos, journey, topicId);
  const used = topicId ?? journey.topicId;
  const topicName =
    used === null ? null : (repos.topics.list().find((t) => t.id === used)?.name ?? null);
  const subtitle = [settings.name, journey.persona, topicName].filter(Boolean).join(' · ');
  return {
    id: journey.id,
    name: journey.name,
    persona: journey.persona,
    topicName,
    path,
    loop: loopScene(journey, path, name, text, subtitle),
    lanes: lanesScene(journey, path, name, text, subtitle),
  };
}

/** The topics to rank: those chosen, else the most rated ones (at most DEFAULT_TOPICS). */
function chooseTopics(
  repos: Repositories,
  relevance: ReadonlyMap<number, ReadonlyMap<number, number>>,
  chosen: readonly number[] | undefined,
): { shown: Array<{ id: number; name: string }>; more: number } {
  const topics = repos.topics.list().map((t) => ({ id: t.id as number, name: t.name }));
  if (chosen) return { shown: topics.filter((t) => chosen.includes(t.id)), more: 0 };
  const rated = new Map<number, number>();
  for (const byTopic of relevance.values())
    for (const topicId of byTopic.keys()) rated.set(topicId, (rated.get(topicId) ?? 0) + 1);
  const ordered = [...topics].sort(
    (a, b) => (rated.get(b.id) ?? 0) - (rated.get(a.id) ?? 0) || a.id - b.id,
  );
  return {
    shown: ordered.slice(0, DEFAULT_TOPICS),
    more: Math.max(0, ordered.length - DEFAULT_TOPICS),
  };
}

/** A view's layout as steps of the gathering, at `share` of its progress. */
function* laidOut(
  steps: Generator<LayoutProgress, unknown, boolean | undefined>,
  share: number,
): Generator<GatherStep, void, void> {
  let next = steps.next();
  while (!next.done) {
    yield { phase: 'drawing', share };
    next = steps.next(true);
  }
}

const countOf = (db: SqliteDatabase, sql: string): number =>
  db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
