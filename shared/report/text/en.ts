import type { MapCounts } from './counts';

/** The client report's words in English (fr.ts has the same keys: the compiler checks). */
export const en = {
  kicker: 'Influence map — client report',
  confidential:
    'Confidential — prepared for the client named above. Fictional or personal data: handle with care.',
  cover: {
    client: 'Client',
    subject: 'Subject',
    author: 'Prepared by',
    date: 'Date',
    map: 'Map file',
  },
  footer: 'Page {page} of {pages}',
  sections: {
    cover: 'Cover',
    summary: 'Executive summary',
    maps: 'Influence maps',
    journeys: 'Customer journeys',
    risks: 'Risk hotspots',
    rankings: 'Rankings by topic',
    voice: 'Share of voice and sentiment',
    stories: 'Stories',
    appendix: 'Methodology',
  },
  unavailable: {
    journeys: 'This map has no journey yet.',
    risks: 'This map has no community yet: there are no clusters to assess.',
    voice: 'No mention has been imported: no share of voice to show.',
    stories: 'This map has no story yet.',
    rankings: 'This map has no actor yet.',
  },
  summary: {
    keyFacts: 'Five facts',
    counts: 'The map',
    actors: (n: number): string => (n === 1 ? 'actor' : 'actors'),
    relations: (n: number): string => (n === 1 ? 'relation' : 'relations'),
    communities: (n: number): string => (n === 1 ? 'community' : 'communities'),
    topics: (n: number): string => (n === 1 ? 'topic' : 'topics'),
    journeys: (n: number): string => (n === 1 ? 'journey' : 'journeys'),
    allies: (n: number): string => (n === 1 ? 'ally' : 'allies'),
    detractors: (n: number): string => (n === 1 ? 'critic or detractor' : 'critics and detractors'),
    mapFact: (c: MapCounts, n: (value: number) => string) =>
      `The map holds ${n(c.actors)} ${c.actors === 1 ? 'actor' : 'actors'} and ${n(c.relations)} ${c.relations === 1 ? 'relation' : 'relations'}: ${n(c.allies)} ${c.allies === 1 ? 'ally' : 'allies'}, ${n(c.neutral)} neutral, ${n(c.against)} ${c.against === 1 ? 'critic or detractor' : 'critics or detractors'}.`,
    voiceFact: (topic: string, name: string, tier: string, score: string, parts: string) =>
      `On “${topic}”, the strongest voice is ${name} (${tier}, score ${score}: ${parts}).`,
    bestVoiceFact: (name: string, tier: string, score: string, parts: string) =>
      `The strongest voice overall is ${name} (${tier}, score ${score}: ${parts}); no topic is defined yet.`,
    noVoiceFact: 'No actor is rated on a topic yet: rate relevance per topic to rank voices.',
    riskFact: (name: string, risk: string, size: string, bridges: string) =>
      `The riskiest detractor cluster is ${name} (risk ${risk}, ${size} members, ${bridges} bridges to neutral or friendly audiences).`,
    noRiskFact: 'No detractor cluster: no community where critics and detractors dominate.',
    whiteSpotFact: (journey: string, stages: string) =>
      `Journey “${journey}”: no legitimate voice at ${stages}.`,
    noWhiteSpotFact: (journey: string) =>
      `Journey “${journey}”: a legitimate voice at every stage.`,
    noJourneyFact: 'No journey is mapped yet: the moments of truth are not covered.',
    magicMiddleFact: (count: number, names: string) =>
      `${count === 1 ? 'One voice forms' : `${count} voices form`} the magic middle (mid-sized audience, relevant and engaged): ${names}.`,
    noMagicMiddleFact: 'No actor is in the magic middle yet.',
    topVoices: (topic: string) => `Top voices — ${topic}`,
    riskiest: 'Riskiest clusters',
    whiteSpots: 'White spots by journey',
    noneAtAll: 'none',
  },
  table: {
    rank: '#',
    actor: 'Actor',
    tier: 'Tier',
    score: 'Score',
    reach: 'Reach',
    resonance: 'Resonance',
    relevance: 'Relevance',
    centrality: 'Centrality',
    stance: 'Stance',
    community: 'Community',
    risk: 'Risk',
    members: 'Members',
    meanStance: 'Mean stance',
    bridges: 'Bridges',
    responders: 'Ally responders',
    strength: 'Strength',
    stage: 'Stage',
    voice: 'Voice (legitimacy)',
    alternatives: 'Alternatives',
    exposure: 'Exposure to detractors',
    journey: 'Journey',
    whiteSpots: 'White spots',
    topic: 'Topic',
    mentions: 'Mentions',
    share: 'Share of voice',
    competitors: 'Competitors',
    others: 'Others',
    sentiment: 'Sentiment',
    source: 'Source',
    imported: 'Actors',
    rows: 'Rows written',
    from: 'First',
    to: 'Last',
    date: 'Date',
    action: 'Action',
    term: 'Term',
    meaning: 'Meaning',
    factor: 'Factor',
    value: 'Value',
    magicMiddle: 'Magic middle',
    yes: 'yes',
  },
  maps: {
    intro: 'Each saved view as the team sees it: positions, filters and encoding of the view.',
    caption: (actors: string) => `${actors} actors shown.`,
    collapsed: (groups: string, actors: string) =>
      `${groups} communities drawn as one node each (${actors} actors): on a map this size, the app opens them grouped too.`,
  },
  journeys: {
    persona: 'Persona',
    topic: 'Topic',
    bestTopic: 'each actor’s best topic',
    loop: 'The loop',
    lanes: 'The lanes',
    stages: 'Stage by stage',
    score: (score: string) => `Path score: ${score}.`,
    whiteSpots: (list: string) => `White spots: ${list}.`,
    noWhiteSpot: 'No white spot: every stage has a legitimate voice.',
    mot: '★ moment of truth',
    whiteSpot: 'white spot',
    continued: 'continues',
  },
  risks: {
    intro:
      'Communities ranked by risk, detractor clusters first. The factors are those of the formula in the appendix.',
    overview: 'All communities',
    detractorCluster: 'Detractor cluster',
    community: 'Community',
    noDetractorCluster:
      'No community qualifies as a detractor cluster (mean stance below 0 and at least half critics or detractors); the riskiest communities follow.',
    breakdown: 'Risk breakdown',
    partOfMap: 'Its part of the map: members, bridges (ringed) and ally responders.',
    noBridge: 'No bridge towards neutral or friendly actors.',
    noResponder: 'No ally responder found.',
    factors: {
      negativity: 'Negativity (mean of max(0, −stance)/2)',
      reach: 'Reach (log10(1 + total reach)/8)',
      size: 'Size (log10(1 + members)/2)',
      cohesion: 'Cohesion (share of ties inside)',
      outward: 'Outward ties (min(1, 2 × share to neutral or friendly))',
      journey: 'On the journey (share placed on a stage)',
    },
  },
  rankings: {
    intro: (n: string) =>
      `The ${n} best-ranked actors per topic, with what each component adds to the score (points of 100).`,
    magicMiddle: 'Magic middle',
    magicMiddleIntro:
      'Mid-sized audience (micro tier), relevance ≥ 0.6 and engagement ≥ 3 %: cheaper, closer to their audience and trusted more than the big names.',
    noMagicMiddle: 'No actor in the magic middle on this topic.',
    more: (n: string) =>
      `${n} more topics are not shown; choose the topics in the report dialog or with --topic.`,
    best: 'Best topic of each actor',
  },
  voice: {
    intro: 'Mentions imported from listening tools. Our voice: brand, owned media and employees.',
    unmatched: (count: number, n: string) =>
      count === 1
        ? 'One mention is not matched to an actor of the map.'
        : `${n} mentions are not matched to an actor of the map.`,
    none: 'No topic',
  },
  stories: {
    slide: (n: number, total: number) => `Slide ${n} of ${total}`,
  },
  appendix: {
    scoreTitle: 'Influence score',
    relevanceLine: 'relevance to the topic (0..1)',
    scoreText:
      'Per actor and topic: the three R plus network position, each brought to 0–1, averaged with the map’s weights.',
    riskTitle: 'Risk of a community',
    riskText:
      'A community is a detractor cluster when its mean stance is below 0 and at least half of its members are critics or detractors.',
    pathTitle: 'Influence path',
    pathText:
      'For a journey and a topic: at each stage, the voice with the best legitimacy × influence score (stance ≥ 0, legitimacy ≥ 0.2), plus a continuity bonus when it is tied to the previous stage’s voice (same actor, a relation or a shared community); chosen over the whole loop by dynamic programming. A stage with no voice is a white spot. Detractors placed at a stage are its exposure: legitimacy × score × (−stance)/2.',
    weights: 'Weights of this map',
    thresholds: 'Tier thresholds of this map',
    tiers: (micro: string, macro: string, mega: string) =>
      `nano < ${micro} ≤ micro < ${macro} ≤ macro < ${mega} ≤ mega (audience).`,
    sources: 'Data sources',
    sourcesIntro: 'Where the actors come from (their recorded source) and when they were added.',
    noSource: 'No source recorded',
    imports: 'Imports into this map',
    noImport: 'No file has been imported into this map.',
    glossary: 'Glossary',
    generated: (date: string, version: string) =>
      `Generated on ${date} by Influmap ${version}, from the map file alone (offline).`,
  },
  glossary: [
    [
      'Actor',
      'A person or organisation that can move opinion: influencer, journalist, expert, NGO, employee, customer, media, brand, competitor.',
    ],
    [
      'Stance',
      'Attitude towards the organisation: −2 detractor, −1 critic, 0 neutral, +1 sympathiser, +2 ambassador.',
    ],
    ['Reach', 'Total audience across platforms (followers, subscribers, traffic).'],
    ['Resonance', 'Engagement the audience gives the actor’s content, as a rate.'],
    ['Relevance', 'Affinity of the actor’s content with a topic, 0 to 1, per topic.'],
    ['Tier', 'Audience class: nano, micro, macro, mega (thresholds above).'],
    ['Community', 'Actors who talk to each other on a topic, drawn by hand or detected.'],
    ['Detractor cluster', 'A community where negative stance dominates; a risk hotspot.'],
    [
      'Bridge',
      'A member of a cluster tied to neutral or friendly actors: it carries the cluster’s views outward.',
    ],
    [
      'Ally responder',
      'An ally outside a cluster, tied to it or to its audience, who can answer it.',
    ],
    ['Journey', 'A persona’s customer journey: stages that loop back, not a funnel.'],
    ['Moment of truth', 'A stage or touchpoint where the persona decides.'],
    ['Placement', 'An actor’s legitimacy, 0 to 1, to speak at a stage.'],
    ['Influence path', 'The voice put forward at each stage of a journey.'],
    ['White spot', 'A stage with no legitimate voice.'],
    ['Magic middle', 'Mid-sized voices that are relevant and engaged.'],
    ['Share of voice', 'The organisation’s share of the mentions on a topic.'],
  ] as Array<[string, string]>,
  tierNames: { nano: 'nano', micro: 'micro', macro: 'macro', mega: 'mega', none: 'unknown' },
  stanceNames: ['detractor', 'critic', 'neutral', 'sympathiser', 'ambassador'],
  parts: (reach: string, resonance: string, relevance: string, centrality: string) =>
    `reach ${reach}, resonance ${resonance}, relevance ${relevance}, centrality ${centrality}`,
  weightNames: {
    reach: 'reach',
    resonance: 'resonance',
    relevance: 'relevance',
    centrality: 'centrality',
  },
  list: (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`,
};

export type ReportText = typeof en;
