import type { CommunityRiskById } from '../analytics/analyseMap';
import type { ScoreParts } from '../analytics/influenceScore';
import type { riskTerms } from '../analytics/riskHotspots';
import type { TopicVoice } from '../analytics/shareOfVoice';
import type { MapSettings } from '../domain/schemas/map';
import type { ReportSection } from '../domain/schemas/report';
import type { ActorKind, Tier } from '../domain/vocabulary';
import type { Scene } from '../figures/scene';
import type { InfluencePath } from '../journey/influencePath';

/**
 * Everything a report says, gathered from the map (db/report/gatherReport.ts) before a word is
 * written: facts, rankings, paths and the figures already drawn as scenes. The report's text is
 * built from it alone (buildReport.ts), so that it can be tested without a file.
 */
export type ReportActor = {
  id: number;
  key: string;
  name: string;
  kind: ActorKind;
  stance: number;
  reach: number | null;
  resonance: number | null;
  tier: Tier | null;
};

export type RankedRow = {
  actorId: number;
  rank: number;
  score: number;
  components: ScoreParts;
  contributions: ScoreParts;
  magicMiddle: boolean;
};

export type TopicRanking = {
  /** null: each actor's best topic. */
  topicId: number | null;
  topicName: string;
  /** The best ranked, best first. */
  rows: RankedRow[];
  /** Every actor of the magic middle on the topic, best first. */
  magicMiddle: RankedRow[];
};

export type ReportRisk = CommunityRiskById & {
  terms: ReturnType<typeof riskTerms>;
  /** The cluster's part of the map (members, bridges, responders), or null when not drawn. */
  figure: Scene | null;
};

export type ReportJourney = {
  id: number;
  name: string;
  persona: string | null;
  /** The topic the path was computed on, or null for each actor's best topic. */
  topicName: string | null;
  path: InfluencePath;
  loop: Scene;
  lanes: Scene;
};

export type ReportMap = {
  viewName: string;
  scene: Scene;
  /** Actors drawn one by one. */
  actors: number;
  /** Communities drawn as one node each (a big map), and the actors inside them. */
  groups: number;
  grouped: number;
};

export type ReportVoice = {
  topicName: string | null;
  voice: TopicVoice;
  figure: Scene;
};

export type ReportStory = {
  name: string;
  slides: Array<{ title: string; caption: string | null; scene: Scene }>;
};

export type ReportCounts = {
  actors: number;
  relations: number;
  communities: number;
  topics: number;
  journeys: number;
  mentions: number;
  stories: number;
};

export type ReportData = {
  /** When the report is made (ISO), for the appendix; the cover's date is in `cover`. */
  generatedAt: string;
  version: string;
  mapFile: string;
  settings: MapSettings;
  cover: {
    title: string;
    client: string | null;
    subject: string | null;
    author: string | null;
    date: string;
  };
  counts: ReportCounts;
  /** Actors by stance, from −2 to +2. */
  stances: [number, number, number, number, number];
  actors: ReadonlyMap<number, ReportActor>;
  rankings: TopicRanking[];
  /** Topics the rankings leave out (too many to print all). */
  moreTopics: number;
  risks: ReportRisk[];
  /** A whole-map chart of the risk hotspots. */
  riskChart: Scene | null;
  journeys: ReportJourney[];
  maps: ReportMap[];
  voice: { topics: ReportVoice[]; unmatched: number } | null;
  stories: ReportStory[];
  sources: Array<{ source: string | null; actors: number; first: string; last: string }>;
  imports: Array<{ date: string; rows: number }>;
};

/** The sections the map has something for (the cover and the appendix always). */
export function availableSections(counts: ReportCounts): Record<ReportSection, boolean> {
  return {
    summary: true,
    maps: true,
    journeys: counts.journeys > 0,
    risks: counts.communities > 0,
    rankings: counts.actors > 0,
    voice: counts.mentions > 0,
    stories: counts.stories > 0,
    appendix: true,
  };
}
