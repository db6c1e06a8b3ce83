import type { MapCounts } from './counts';
import type { ReportText } from './en';

/**
 * The client report's words in French, with French typography: a non-breaking space (U+00A0)
 * before « : ; ! ? » and inside « », so that a line never starts with a colon or leaves a
 * guillemet alone.
 */
const NB = '\u00a0';

export const fr: ReportText = {
  kicker: 'Cartographie d’influence — rapport client',
  confidential: `Confidentiel — préparé pour le client nommé ci-dessus. Données fictives ou personnelles${NB}: à manier avec soin.`,
  cover: {
    client: 'Client',
    subject: 'Sujet',
    author: 'Préparé par',
    date: 'Date',
    map: 'Fichier de la carte',
  },
  footer: 'Page {page} sur {pages}',
  sections: {
    cover: 'Couverture',
    summary: 'Synthèse',
    maps: 'Cartes d’influence',
    journeys: 'Parcours client',
    risks: 'Foyers de risque',
    rankings: 'Classements par thème',
    voice: 'Part de voix et sentiment',
    stories: 'Récits',
    appendix: 'Méthodologie',
  },
  unavailable: {
    journeys: 'Cette carte n’a pas encore de parcours.',
    risks: `Cette carte n’a pas encore de communauté${NB}: aucun foyer à évaluer.`,
    voice: `Aucune mention n’a été importée${NB}: pas de part de voix à montrer.`,
    stories: 'Cette carte n’a pas encore de récit.',
    rankings: 'Cette carte n’a pas encore d’acteur.',
  },
  summary: {
    keyFacts: 'Cinq faits',
    counts: 'La carte',
    actors: (n: number) => (n <= 1 ? 'acteur' : 'acteurs'),
    relations: (n: number) => (n <= 1 ? 'relation' : 'relations'),
    communities: (n: number) => (n <= 1 ? 'communauté' : 'communautés'),
    topics: (n: number) => (n <= 1 ? 'thème' : 'thèmes'),
    journeys: () => 'parcours',
    allies: (n: number) => (n <= 1 ? 'allié' : 'alliés'),
    detractors: (n: number) => (n <= 1 ? 'critique ou détracteur' : 'critiques et détracteurs'),
    mapFact: (c: MapCounts, n: (value: number) => string) =>
      `La carte compte ${n(c.actors)} ${c.actors <= 1 ? 'acteur' : 'acteurs'} et ${n(c.relations)} ${c.relations <= 1 ? 'relation' : 'relations'}${NB}: ${n(c.allies)} ${c.allies <= 1 ? 'allié' : 'alliés'}, ${n(c.neutral)} ${c.neutral <= 1 ? 'neutre' : 'neutres'}, ${n(c.against)} ${c.against <= 1 ? 'critique ou détracteur' : 'critiques ou détracteurs'}.`,
    voiceFact: (topic: string, name: string, tier: string, score: string, parts: string) =>
      `Sur «${NB}${topic}${NB}», la voix la plus forte est ${name} (${tier}, score ${score}${NB}: ${parts}).`,
    bestVoiceFact: (name: string, tier: string, score: string, parts: string) =>
      `La voix la plus forte est ${name} (${tier}, score ${score}${NB}: ${parts})${NB}; aucun thème n’est encore défini.`,
    noVoiceFact: `Aucun acteur n’est encore évalué sur un thème${NB}: renseignez la pertinence par thème pour classer les voix.`,
    riskFact: (name: string, risk: string, size: string, bridges: string) =>
      `Le foyer de détracteurs le plus risqué est ${name} (risque ${risk}, ${size} membres, ${bridges} ponts vers des publics neutres ou favorables).`,
    noRiskFact: `Aucun foyer de détracteurs${NB}: aucune communauté où dominent critiques et détracteurs.`,
    whiteSpotFact: (journey: string, stages: string) =>
      `Parcours «${NB}${journey}${NB}»${NB}: aucune voix légitime à ${stages}.`,
    noWhiteSpotFact: (journey: string) =>
      `Parcours «${NB}${journey}${NB}»${NB}: une voix légitime à chaque étape.`,
    noJourneyFact: `Aucun parcours n’est encore cartographié${NB}: les moments de vérité ne sont pas couverts.`,
    magicMiddleFact: (count: number, names: string) =>
      `${count === 1 ? 'Une voix forme' : `${count} voix forment`} le «${NB}magic middle${NB}» (audience moyenne, pertinente${count === 1 ? '' : 's'} et engageante${count === 1 ? '' : 's'})${NB}: ${names}.`,
    noMagicMiddleFact: 'Aucun acteur dans le «\u00a0magic middle\u00a0» pour l’instant.',
    topVoices: (topic: string) => `Voix principales — ${topic}`,
    riskiest: 'Foyers les plus risqués',
    whiteSpots: 'Zones blanches par parcours',
    noneAtAll: 'aucune',
  },
  table: {
    rank: 'N°',
    actor: 'Acteur',
    tier: 'Catégorie',
    score: 'Score',
    reach: 'Audience',
    resonance: 'Résonance',
    relevance: 'Pertinence',
    centrality: 'Centralité',
    stance: 'Attitude',
    community: 'Communauté',
    risk: 'Risque',
    members: 'Membres',
    meanStance: 'Attitude moyenne',
    bridges: 'Ponts',
    responders: 'Alliés pour répondre',
    strength: 'Force',
    stage: 'Étape',
    voice: 'Voix (légitimité)',
    alternatives: 'Alternatives',
    exposure: 'Exposition aux détracteurs',
    journey: 'Parcours',
    whiteSpots: 'Zones blanches',
    topic: 'Thème',
    mentions: 'Mentions',
    share: 'Part de voix',
    competitors: 'Concurrents',
    others: 'Autres',
    sentiment: 'Sentiment',
    source: 'Source',
    imported: 'Acteurs',
    rows: 'Lignes écrites',
    from: 'Premier',
    to: 'Dernier',
    date: 'Date',
    action: 'Action',
    term: 'Terme',
    meaning: 'Signification',
    factor: 'Facteur',
    value: 'Valeur',
    magicMiddle: 'Magic middle',
    yes: 'oui',
  },
  maps: {
    intro: `Chaque vue enregistrée telle que l’équipe la voit${NB}: positions, filtres et encodage de la vue.`,
    caption: (actors: string) => `${actors} acteurs affichés.`,
    collapsed: (groups: string, actors: string) =>
      `${groups} communautés dessinées chacune comme un seul nœud (${actors} acteurs)${NB}: sur une carte de cette taille, l’application les ouvre aussi regroupées.`,
  },
  journeys: {
    persona: 'Persona',
    topic: 'Thème',
    bestTopic: 'le meilleur thème de chaque acteur',
    loop: 'La boucle',
    lanes: 'Les couloirs',
    stages: 'Étape par étape',
    score: (score: string) => `Score du parcours${NB}: ${score}.`,
    whiteSpots: (list: string) => `Zones blanches${NB}: ${list}.`,
    noWhiteSpot: `Aucune zone blanche${NB}: chaque étape a une voix légitime.`,
    mot: '★ moment de vérité',
    whiteSpot: 'zone blanche',
    continued: 'relais',
  },
  risks: {
    intro:
      'Communautés classées par risque, foyers de détracteurs en tête. Les facteurs sont ceux de la formule donnée en annexe.',
    overview: 'Toutes les communautés',
    detractorCluster: 'Foyer de détracteurs',
    community: 'Communauté',
    noDetractorCluster:
      'Aucune communauté n’est un foyer de détracteurs (attitude moyenne négative et au moins la moitié de critiques ou de détracteurs)\u00a0; voici les communautés les plus risquées.',
    breakdown: 'Décomposition du risque',
    partOfMap: `Sa partie de la carte${NB}: membres, ponts (cerclés) et alliés pour répondre.`,
    noBridge: 'Aucun pont vers des acteurs neutres ou favorables.',
    noResponder: 'Aucun allié pour répondre.',
    factors: {
      negativity: 'Négativité (moyenne de max(0, −attitude)/2)',
      reach: 'Audience (log10(1 + audience totale)/8)',
      size: 'Taille (log10(1 + membres)/2)',
      cohesion: 'Cohésion (part des liens internes)',
      outward: 'Liens sortants (min(1, 2 × part vers neutres ou favorables))',
      journey: 'Sur le parcours (part placée sur une étape)',
    },
  },
  rankings: {
    intro: (n: string) =>
      `Les ${n} acteurs les mieux classés par thème, avec ce que chaque composante apporte au score (points sur 100).`,
    magicMiddle: 'Magic middle',
    magicMiddleIntro: `Audience moyenne (catégorie micro), pertinence ≥ 0,6 et engagement ≥ 3${NB}%${NB}: moins chers, plus proches de leur public et plus crus que les grands noms.`,
    noMagicMiddle: 'Aucun acteur dans le magic middle sur ce thème.',
    more: (n: string) =>
      `${n} autres thèmes ne sont pas montrés${NB}; choisissez les thèmes dans la fenêtre du rapport ou avec --topic.`,
    best: 'Meilleur thème de chaque acteur',
  },
  voice: {
    intro: `Mentions importées des outils d’écoute. Notre voix${NB}: marque, médias propriétaires et salariés.`,
    unmatched: (count: number, n: string) =>
      count === 1
        ? 'Une mention n’est rattachée à aucun acteur de la carte.'
        : `${n} mentions ne sont rattachées à aucun acteur de la carte.`,
    none: 'Sans thème',
  },
  stories: {
    slide: (n: number, total: number) => `Diapositive ${n} sur ${total}`,
  },
  appendix: {
    scoreTitle: 'Score d’influence',
    relevanceLine: 'pertinence pour le thème (0..1)',
    scoreText:
      'Par acteur et par thème\u00a0: les trois R et la position dans le réseau, chacun ramené entre 0 et 1, puis moyennés avec les poids de la carte.',
    riskTitle: 'Risque d’une communauté',
    riskText:
      'Une communauté est un foyer de détracteurs quand son attitude moyenne est négative et qu’au moins la moitié de ses membres sont critiques ou détracteurs.',
    pathTitle: 'Parcours d’influence',
    pathText: `Pour un parcours et un thème${NB}: à chaque étape, la voix au meilleur produit légitimité × score d’influence (attitude ≥ 0, légitimité ≥ 0,2), plus un bonus de continuité quand elle est liée à la voix de l’étape précédente (même acteur, une relation ou une communauté commune)${NB}; choisie sur toute la boucle par programmation dynamique. Une étape sans voix est une zone blanche. Les détracteurs placés à une étape en sont l’exposition${NB}: légitimité × score × (−attitude)/2.`,
    weights: 'Poids de cette carte',
    thresholds: 'Seuils de catégorie de cette carte',
    tiers: (micro: string, macro: string, mega: string) =>
      `nano < ${micro} ≤ micro < ${macro} ≤ macro < ${mega} ≤ méga (audience).`,
    sources: 'Sources des données',
    sourcesIntro:
      'D’où viennent les acteurs (leur source enregistrée) et quand ils ont été ajoutés.',
    noSource: 'Aucune source enregistrée',
    imports: 'Imports dans cette carte',
    noImport: 'Aucun fichier n’a été importé dans cette carte.',
    glossary: 'Glossaire',
    generated: (date: string, version: string) =>
      `Produit le ${date} par Influmap ${version}, à partir du seul fichier de la carte (hors ligne).`,
  },
  glossary: [
    [
      'Acteur',
      'Personne ou organisation capable de faire bouger l’opinion\u00a0: influenceur, journaliste, expert, ONG, salarié, client, média, marque, concurrent.',
    ],
    [
      'Attitude',
      'Position envers l’organisation\u00a0: −2 détracteur, −1 critique, 0 neutre, +1 sympathisant, +2 ambassadeur.',
    ],
    ['Audience (reach)', 'Audience totale sur les plateformes (abonnés, audience, trafic).'],
    ['Résonance', 'Engagement que le public accorde aux contenus de l’acteur, en taux.'],
    ['Pertinence', 'Affinité des contenus de l’acteur avec un thème, de 0 à 1, par thème.'],
    ['Catégorie', 'Classe d’audience\u00a0: nano, micro, macro, méga (seuils ci-dessus).'],
    ['Communauté', 'Acteurs qui se parlent sur un thème, dessinés à la main ou détectés.'],
    ['Foyer de détracteurs', 'Communauté où domine l’attitude négative\u00a0; un foyer de risque.'],
    [
      'Pont',
      'Membre d’un foyer lié à des acteurs neutres ou favorables\u00a0: il porte ses idées au-dehors.',
    ],
    [
      'Allié pour répondre',
      'Allié hors du foyer, lié à lui ou à son public, qui peut lui répondre.',
    ],
    [
      'Parcours',
      'Le parcours client d’un persona\u00a0: des étapes qui bouclent, pas un entonnoir.',
    ],
    ['Moment de vérité', 'Étape ou point de contact où le persona décide.'],
    ['Placement', 'Légitimité d’un acteur, de 0 à 1, à s’exprimer à une étape.'],
    ['Parcours d’influence', 'La voix mise en avant à chaque étape d’un parcours.'],
    ['Zone blanche', 'Étape sans voix légitime.'],
    ['Magic middle', 'Voix d’audience moyenne, pertinentes et engageantes.'],
    ['Part de voix', 'Part de l’organisation dans les mentions sur un thème.'],
  ] as Array<[string, string]>,
  tierNames: { nano: 'nano', micro: 'micro', macro: 'macro', mega: 'méga', none: 'inconnue' },
  stanceNames: ['détracteur', 'critique', 'neutre', 'sympathisant', 'ambassadeur'],
  parts: (reach: string, resonance: string, relevance: string, centrality: string) =>
    `audience ${reach}, résonance ${resonance}, pertinence ${relevance}, centralité ${centrality}`,
  weightNames: {
    reach: 'audience',
    resonance: 'résonance',
    relevance: 'pertinence',
    centrality: 'centralité',
  },
  list: (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`,
};
