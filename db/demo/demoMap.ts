import { seededRandom } from '../../shared/util/random';
import { createActorRepository } from '../repositories/actorRepository';
import { createSettingsRepository } from '../repositories/settingsRepository';
import type { SqliteDatabase } from '../sqlite';
import { DEMO_ACTORS } from './demoActors';

const COMMUNITIES = [
  { name: 'Makers & tech fans', color: '#1b9e77' },
  { name: 'Press & experts', color: '#7570b3' },
  { name: 'Privacy advocates', color: '#d95f02' },
] as const;

const TOPICS = [
  {
    name: 'Smart-home privacy',
    color: '#e7298a',
    description: 'What connected homes do with household data.',
  },
  {
    name: 'Home energy savings',
    color: '#66a61e',
    description: 'Cutting a household’s energy bill with automation.',
  },
] as const;

/** The loop of the demo journey: the last stage leads back to the first. */
const STAGES = [
  {
    name: 'Awareness',
    mot: false,
    touchpoints: [
      ['Social video', 'social', 'tutorial'],
      ['Press article', 'press', 'news'],
    ],
  },
  { name: 'Consideration', mot: false, touchpoints: [['Search results', 'search', 'comparison']] },
  {
    name: 'Evaluation',
    mot: true,
    touchpoints: [
      ['Review video', 'video', 'review'],
      ['Privacy FAQ', 'owned', 'faq'],
    ],
  },
  {
    name: 'Purchase',
    mot: true,
    touchpoints: [
      ['Retail shelf', 'store', 'demo'],
      ['Online shop', 'ecommerce', 'testimonial'],
    ],
  },
  {
    name: 'Installation',
    mot: true,
    touchpoints: [
      ['Setup guide', 'owned', 'tutorial'],
      ['Installer visit', 'word_of_mouth', 'advice'],
    ],
  },
  { name: 'Loyalty', mot: false, touchpoints: [['Monthly energy report', 'app', 'infographic']] },
  { name: 'Advocacy', mot: false, touchpoints: [['Forum answer', 'forum', 'testimonial']] },
] as const;

/** Who is legitimate where, by actor name: [stage, actor, legitimacy]. */
// prettier-ignore
const PLACEMENTS: ReadonlyArray<[string, string, number]> = [
  ['Awareness', 'Salomé Ketterer', 0.55],
  ['Awareness', 'TechPulse', 0.7],
  ['Awareness', 'Maison Bidouille', 0.6],
  ['Awareness', 'Karim Delahaye', 0.65],
  ['Consideration', 'Le Foyer Connecté', 0.75],
  ['Consideration', 'Clara Vennel', 0.7],
  ['Consideration', 'Marius Pellegrin', 0.5],
  ['Evaluation', 'Clara Vennel', 0.8],
  ['Evaluation', 'Paul Estrabaut', 0.7],
  ['Evaluation', 'Vigie Numérique', 0.85],
  ['Evaluation', 'Elena Sauvigny', 0.8],
  ['Purchase', 'Atelier Lumière Verte', 0.6],
  ['Purchase', 'Union des Usagers du Logement', 0.7],
  ['Installation', 'Victor Ancelin', 0.85],
  ['Installation', 'Les Domoticiens', 0.7],
  ['Installation', 'Inès Ouardi', 0.6],
  ['Loyalty', 'Sacha Lemerle', 0.4],
  ['Advocacy', 'Yanis Belkacemi', 0.6],
  ['Advocacy', 'Ondine Lagarrigue', 0.55],
  ['Advocacy', 'Les Domoticiens', 0.65],
];

/** Hand-placed ties that make the demo tell its story (bridges, opposition, amplification). */
// prettier-ignore
const STORY_RELATIONS: ReadonlyArray<[string, string, string, number]> = [
  ['Chloé Ambrosini', 'Vigie Numérique', 'cites', 3],
  ['Agathe Villemur', 'Chloé Ambrosini', 'follows', 2],
  ['Samir Haddouche', 'Chloé Ambrosini', 'cites', 2],
  ['Paul Estrabaut', 'Elena Sauvigny', 'cites', 2],
  ['Lina Choquet', 'Maëlle Tournadre', 'mentions', 1],
  ['Adrien Paulhan', 'Les Domoticiens', 'mentions', 2],
  ['Bastien Quérel', 'Paul Estrabaut', 'collaborates', 2],
  ['TechPulse', 'Clara Vennel', 'cites', 2],
  ['Romane Fayolle', 'Vigie Numérique', 'follows', 1],
  ['Vigie Numérique', 'Lumo Home', 'opposes', 4],
  ['Karim Delahaye', 'Lumo Home', 'opposes', 3],
  ['Domova', 'Lumo Home', 'opposes', 2],
  ['Le Signal', 'Lumo Home', 'opposes', 2],
  ['Maison Bidouille', 'Lumo Home', 'amplifies', 3],
  ['Clara Vennel', 'Lumo Journal', 'amplifies', 2],
  ['Elsa Brunetière', 'Iris Montclar', 'cites', 2],
  ['Victor Ancelin', 'Fédération des Installateurs', 'affiliated', 1],
  ['Hélène Castéran', 'Iris Montclar', 'follows', 1],
  ['Solène Abgrall', 'Jade Morvillier', 'mentions', 1],
  ['Marius Pellegrin', 'Iris Montclar', 'cites', 1],
  ['Marius Pellegrin', 'Le Foyer Connecté', 'follows', 1],
  ['Atelier Lumière Verte', 'Fédération des Installateurs', 'affiliated', 2],
  ['Atelier Lumière Verte', 'Lumo Home', 'collaborates', 2],
  ['Yvan Korsak', 'Elena Sauvigny', 'cites', 2],
  ['Leïla Benhamid', 'Yvan Korsak', 'follows', 1],
  ['Ondine Lagarrigue', 'Lumo Home', 'follows', 1],
  ['Ondine Lagarrigue', 'Jade Morvillier', 'follows', 1],
  ['Bruno Vaissade', 'Victor Ancelin', 'follows', 1],
  ['Hélène Castéran', 'Atelier Lumière Verte', 'mentions', 1],
];

const INTERNAL_TYPES = [
  ['follows', 'mentions', 'amplifies'],
  ['follows', 'cites', 'mentions'],
  ['amplifies', 'cites', 'mentions', 'follows'],
] as const;

/**
 * Fills an empty map with the demo: ~60 fictional actors across every tier and stance, three
 * communities (allies, neutral press and experts, a cohesive detractor cluster), two topics, a
 * seven-stage journey that loops back, touchpoints, placements, a campaign and interactions.
 * Deterministic: the same map on every run.
 */
export function seedDemoMap(db: SqliteDatabase): void {
  const random = seededRandom(20261122);
  const actors = createActorRepository(db);
  createSettingsRepository(db).set({ name: 'Lumo Hub launch (demo)', client: 'Lumo Home' });

  const topicIds = TOPICS.map((t) =>
    Number(
      db
        .prepare('INSERT INTO topics (name, color, description) VALUES (?, ?, ?)')
        .run(t.name, t.color, t.description).lastInsertRowid,
    ),
  );
  const communityIds = COMMUNITIES.map((c) =>
    Number(
      db
        .prepare('INSERT INTO communities (name, color, origin) VALUES (?, ?, ?)')
        .run(c.name, c.color, 'manual').lastInsertRowid,
    ),
  );

  const addAccount = db.prepare(
    'INSERT INTO accounts (actor_id, platform, handle, followers, engagement_rate) VALUES (?, ?, ?, ?, ?)',
  );
  const addRelevance = db.prepare(
    'INSERT INTO actor_topics (actor_id, topic_id, relevance) VALUES (?, ?, ?)',
  );
  const addMember = db.prepare(
    'INSERT INTO community_members (community_id, actor_id) VALUES (?, ?)',
  );
  const idByName = new Map<string, number>();
  const members: number[][] = [[], [], []];

  for (const a of DEMO_ACTORS) {
    const actor = actors.create({
      name: a.name,
      kind: a.kind,
      role: a.role,
      organisation: a.organisation,
      stance: a.stance,
      offlineStance: a.offlineStance,
      country: a.country,
      language: 'fr',
      tags: a.tags,
      source: 'Demo data (fictional)',
    });
    idByName.set(a.name, actor.id);
    addAccount.run(actor.id, a.platform, `@${actor.key}`, a.followers, a.engagement);
    a.relevance.forEach((relevance, index) =>
      addRelevance.run(actor.id, topicIds[index], relevance),
    );
    if (a.community !== null) {
      addMember.run(communityIds[a.community], actor.id);
      members[a.community]?.push(actor.id);
    }
  }
  const id = (name: string): number => {
    const found = idByName.get(name);
    if (found === undefined) throw new Error(`demo refers to unknown actor ${name}`);
    return found;
  };

  const addRelation = db.prepare(
    'INSERT INTO relations (source_id, target_id, type, weight) VALUES (?, ?, ?, ?)',
  );
  const seen = new Set<string>();
  const relate = (source: number, target: number, type: string, weight: number) => {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    addRelation.run(source, target, type, weight);
  };

  // Dense ties inside each community; the detractor cluster is the most cohesive.
  members.forEach((group, community) => {
    const types = INTERNAL_TYPES[community] ?? INTERNAL_TYPES[0];
    const degree = community === 2 ? 5 : 3;
    for (const source of group) {
      for (let k = 0; k < degree; k += 1) {
        const target = group[Math.floor(random() * group.length)];
        const type = types[Math.floor(random() * types.length)] ?? 'follows';
        if (target !== undefined) relate(source, target, type, 1 + Math.floor(random() * 3));
      }
    }
  });
  for (const a of DEMO_ACTORS.filter(
    (x) => x.kind === 'employee' && x.organisation === 'Lumo Home',
  )) {
    relate(id(a.name), id('Lumo Home'), 'affiliated', 3);
  }
  for (const [source, target, type, weight] of STORY_RELATIONS)
    relate(id(source), id(target), type, weight);

  seedJourney(db, id);
  seedRelationshipHistory(db, id);
  db.prepare(
    "INSERT INTO saved_views (name, layout, is_default) VALUES ('Overview', 'force', 1)",
  ).run();
}

function seedJourney(db: SqliteDatabase, id: (name: string) => number): void {
  const journeyId = db
    .prepare('INSERT INTO journeys (name, persona, description) VALUES (?, ?, ?)')
    .run(
      'First smart-home hub',
      'Camille, 34, renovating a flat to cut energy bills; curious about automation, wary of data collection.',
      'From first hearing of the Lumo Hub to recommending it, and back to awareness for the next purchase.',
    ).lastInsertRowid;
  const addStage = db.prepare(
    'INSERT INTO journey_stages (journey_id, name, position, is_moment_of_truth) VALUES (?, ?, ?, ?)',
  );
  const addTouchpoint = db.prepare(
    'INSERT INTO touchpoints (stage_id, name, channel, format, position) VALUES (?, ?, ?, ?, ?)',
  );
  const stageIds = new Map<string, number>();
  STAGES.forEach((stage, position) => {
    const stageId = Number(
      addStage.run(journeyId, stage.name, position, stage.mot ? 1 : 0).lastInsertRowid,
    );
    stageIds.set(stage.name, stageId);
    stage.touchpoints.forEach(([name, channel, format], index) =>
      addTouchpoint.run(stageId, name, channel, format, index),
    );
  });
  const addPlacement = db.prepare(
    'INSERT INTO placements (stage_id, actor_id, legitimacy) VALUES (?, ?, ?)',
  );
  for (const [stage, actor, legitimacy] of PLACEMENTS)
    addPlacement.run(stageIds.get(stage), id(actor), legitimacy);
}

function seedRelationshipHistory(db: SqliteDatabase, id: (name: string) => number): void {
  const campaignId = db
    .prepare(
      'INSERT INTO campaigns (name, starts_on, ends_on, budget, currency) VALUES (?, ?, ?, ?, ?)',
    )
    .run('Lumo Hub launch', '2026-09-01', '2026-12-15', 85_000, 'EUR').lastInsertRowid;
  const add = db.prepare(
    'INSERT INTO interactions (actor_id, campaign_id, occurred_on, type, owner, cost, currency, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  add.run(
    id('Agathe Villemur'),
    campaignId,
    '2026-09-12',
    'briefing',
    'PR team',
    0,
    'EUR',
    'Article planned for launch week',
  );
  add.run(
    id('Clara Vennel'),
    campaignId,
    '2026-09-20',
    'paid_collaboration',
    'Influence team',
    12_000,
    'EUR',
    'Review video, disclosed',
  );
  add.run(
    id('Maison Bidouille'),
    campaignId,
    '2026-10-03',
    'event',
    'Influence team',
    450,
    'EUR',
    'Attended the maker day',
  );
  add.run(
    id('Camille Dorval'),
    campaignId,
    '2026-10-10',
    'gift',
    'Influence team',
    189,
    'EUR',
    'Unboxing posted',
  );
  add.run(
    id('Paul Estrabaut'),
    null,
    '2026-10-21',
    'meeting',
    'CTO office',
    0,
    'EUR',
    'Agreed to audit the pairing flow',
  );
}
