import type { ActorKind } from '../../shared/domain/vocabulary';

/**
 * The cast of the demo map: a fictional smart-home launch (the "Lumo Hub" by Lumo Home).
 * Every person and organisation here is invented; any likeness to real ones is coincidence.
 * Communities: 0 = makers & tech fans (allies), 1 = press & experts (neutral),
 * 2 = privacy advocates (the detractor cluster), null = none.
 */
export type DemoActor = {
  name: string;
  kind: ActorKind;
  role: string;
  organisation: string | null;
  stance: number;
  offlineStance: number | null;
  community: 0 | 1 | 2 | null;
  platform: string;
  followers: number;
  engagement: number;
  tags: string[];
  /** Relevance to the two demo topics: privacy, energy savings. */
  relevance: [number, number];
  country: string;
};

// prettier-ignore
type Row = [string, ActorKind, string, string | null, number, number | null, 0 | 1 | 2 | null, string, number, number, string, [number, number], string?];

// name, kind, role, organisation, stance, offline stance, community, platform, followers,
// engagement rate, tags (|-separated), relevance [privacy, energy], country
// prettier-ignore
const ROWS: Row[] = [
  // The brand, its owned media and its people.
  ['Lumo Home', 'brand', 'Brand', 'Lumo Home', 2, null, null, 'linkedin', 48_000, 0.012, 'brand', [0.6, 0.8]],
  ['Lumo Journal', 'owned_medium', 'Company blog', 'Lumo Home', 2, null, null, 'web', 22_000, 0.008, 'owned', [0.5, 0.7]],
  ['Adèle Fontanaz', 'employee', 'Product manager', 'Lumo Home', 2, null, 0, 'linkedin', 3_400, 0.041, 'employee|product', [0.5, 0.6]],
  ['Bastien Quérel', 'employee', 'CTO', 'Lumo Home', 2, null, 0, 'x', 9_800, 0.022, 'employee|security', [0.8, 0.3]],
  ['Ysé Marchadier', 'employee', 'Community manager', 'Lumo Home', 2, null, 0, 'instagram', 2_100, 0.063, 'employee|community', [0.3, 0.4]],
  ['Rémi Castagnol', 'employee', 'Support lead', 'Lumo Home', 1, 0, null, 'linkedin', 640, 0.035, 'employee|support', [0.2, 0.3]],
  ['Inès Ouardi', 'employee', 'Energy engineer', 'Lumo Home', 2, null, 0, 'linkedin', 1_250, 0.048, 'employee|energy', [0.1, 0.9]],
  // Makers & tech fans (allies).
  ['Maison Bidouille', 'influencer', 'DIY home-automation channel', null, 2, null, 0, 'youtube', 182_000, 0.034, 'diy|video', [0.3, 0.7]],
  ['Nils Garrigou', 'influencer', 'Home-automation streamer', null, 1, null, 0, 'twitch', 64_000, 0.052, 'diy|live', [0.4, 0.5]],
  ['Clara Vennel', 'influencer', 'Smart-home reviewer', null, 1, 2, 0, 'youtube', 412_000, 0.027, 'reviews|video', [0.4, 0.6]],
  ['Théo Landrecies', 'influencer', 'Gadget blogger', null, 1, null, 0, 'x', 23_500, 0.019, 'gadgets', [0.2, 0.4]],
  ['Les Domoticiens', 'influencer', 'Makers forum', null, 1, null, 0, 'forum', 38_000, 0.061, 'diy|forum', [0.5, 0.6]],
  ['Jade Morvillier', 'influencer', 'Tiny-house creator', null, 2, null, 0, 'instagram', 8_900, 0.071, 'lifestyle|energy', [0.1, 0.8]],
  ['Oscar Peyrefitte', 'influencer', 'Tech podcaster', 'Circuit Court podcast', 1, null, 0, 'podcast', 27_000, 0.044, 'podcast', [0.4, 0.3]],
  ['Maëlle Tournadre', 'influencer', 'Eco-home mum', null, 1, null, 0, 'instagram', 2_700, 0.083, 'lifestyle|family', [0.2, 0.7]],
  ['Hugo Sarrazac', 'influencer', 'Smart-home hobbyist', null, 1, null, 0, 'reddit', 480, 0.12, 'diy', [0.3, 0.4]],
  ['Salomé Ketterer', 'influencer', 'Tech lifestyle creator', null, 1, null, 0, 'tiktok', 1_350_000, 0.058, 'lifestyle|video', [0.2, 0.3]],
  ['Yanis Belkacemi', 'customer', 'Beta tester', null, 2, null, 0, 'forum', 320, 0.14, 'beta|customer', [0.2, 0.5]],
  ['Lou Arçonnay', 'customer', 'Beta tester', null, 1, null, 0, 'x', 210, 0.09, 'beta|customer', [0.1, 0.6]],
  ['Zoé Tramoni', 'influencer', 'Renovation vlogger', null, 1, 1, 0, 'youtube', 96_000, 0.039, 'renovation|video', [0.1, 0.8]],
  ['Victor Ancelin', 'expert', 'Home-automation installer', 'Ancelin Domotique', 1, 2, 0, 'linkedin', 1_900, 0.029, 'installer|pro', [0.3, 0.7]],
  ['Camille Dorval', 'influencer', 'Gadget unboxer', null, 1, null, 0, 'tiktok', 15_400, 0.066, 'gadgets|video', [0.1, 0.2]],
  // Press & experts (neutral audiences).
  ['Le Foyer Connecté', 'media', 'Consumer tech magazine', 'Le Foyer Connecté', 0, null, 1, 'web', 640_000, 0.006, 'press|consumer', [0.5, 0.6]],
  ['TechPulse', 'media', 'Tech news site', 'TechPulse', 0, null, 1, 'web', 1_800_000, 0.004, 'press|tech', [0.6, 0.4]],
  ['Agathe Villemur', 'journalist', 'Tech reporter', 'TechPulse', 0, null, 1, 'x', 31_000, 0.018, 'press|tech', [0.7, 0.3]],
  ['Samir Haddouche', 'journalist', 'Consumer affairs editor', 'Le Foyer Connecté', 0, -1, 1, 'x', 12_800, 0.015, 'press|consumer', [0.6, 0.5]],
  ['Elsa Brunetière', 'journalist', 'Energy columnist', 'Maison & Watt', 1, null, 1, 'linkedin', 7_600, 0.024, 'press|energy', [0.2, 0.9]],
  ['Maison & Watt', 'media', 'Home energy magazine', 'Maison & Watt', 0, null, 1, 'web', 210_000, 0.007, 'press|energy', [0.2, 0.9]],
  ['Gaspard Lhermine', 'analyst', 'Smart-home market analyst', 'Observatoire du Logement Intelligent', 0, null, 1, 'linkedin', 5_200, 0.021, 'analyst', [0.5, 0.6]],
  ['Iris Montclar', 'expert', 'Energy-efficiency researcher', 'Institut Habitat Sobre', 1, null, 1, 'linkedin', 4_300, 0.033, 'research|energy', [0.2, 0.95]],
  ['Paul Estrabaut', 'expert', 'Cybersecurity consultant', null, 0, -1, 1, 'x', 18_700, 0.026, 'security', [0.9, 0.1]],
  ['Romane Fayolle', 'politician', 'MP, digital affairs committee', null, 0, null, 1, 'x', 44_000, 0.012, 'policy', [0.8, 0.4]],
  ['Union des Usagers du Logement', 'ngo', 'Consumer association', 'UUL', 0, -1, 1, 'web', 26_000, 0.011, 'consumer|ngo', [0.6, 0.7]],
  ['Tristan Obermann', 'journalist', 'Radio tech chronicler', 'Radio Cité', 0, null, 1, 'podcast', 150_000, 0.009, 'press|radio', [0.5, 0.4]],
  ['Leïla Benhamid', 'journalist', 'Freelance tech writer', null, 0, null, 1, 'linkedin', 2_600, 0.028, 'press|freelance', [0.6, 0.3]],
  ['Noé Carbonnel', 'expert', 'Architect, smart buildings', 'Atelier Carbonnel', 1, null, 1, 'instagram', 11_200, 0.031, 'architecture', [0.2, 0.8]],
  ['Anouk Verdaguer', 'analyst', 'Retail analyst', 'Cabinet Verdaguer', 0, null, 1, 'linkedin', 3_100, 0.017, 'analyst|retail', [0.2, 0.3]],
  ['Mathis Roucheteau', 'customer', 'Early adopter', null, 0, null, 1, 'reddit', 90, 0.2, 'customer', [0.3, 0.4]],
  // Privacy advocates (the detractor cluster).
  ['Vigie Numérique', 'ngo', 'Digital-rights NGO', 'Vigie Numérique', -2, null, 2, 'x', 152_000, 0.031, 'privacy|ngo', [0.95, 0.1]],
  ['Collectif Données Libres', 'ngo', 'Privacy collective', 'CDL', -2, null, 2, 'mastodon', 41_000, 0.047, 'privacy|collective', [0.9, 0.1]],
  ['Elena Sauvigny', 'expert', 'Privacy researcher', 'Université de Valmont', -1, -2, 2, 'mastodon', 28_500, 0.052, 'privacy|research', [0.95, 0.2]],
  ['Karim Delahaye', 'influencer', 'Privacy YouTuber', null, -2, null, 2, 'youtube', 338_000, 0.045, 'privacy|video', [0.9, 0.1]],
  ['Amir Tazrout', 'influencer', 'Security blogger', null, -2, null, 2, 'x', 19_400, 0.038, 'security|privacy', [0.85, 0.1]],
  ['Lina Choquet', 'influencer', 'Minimalist-living creator', null, -1, null, 2, 'instagram', 57_000, 0.062, 'lifestyle|privacy', [0.6, 0.5]],
  ['Adrien Paulhan', 'influencer', 'Open-hardware maker', null, -1, 0, 2, 'forum', 6_300, 0.074, 'diy|open-source', [0.7, 0.4]],
  ['Sacha Lemerle', 'customer', 'Angry customer', null, -2, null, 2, 'x', 430, 0.11, 'customer|complaint', [0.6, 0.2]],
  ['Manon Decressac', 'customer', 'Disappointed beta tester', null, -1, null, 2, 'reddit', 150, 0.16, 'customer|beta', [0.5, 0.3]],
  ['Domova', 'competitor', 'Competing smart-home brand', 'Domova', -2, null, 2, 'linkedin', 73_000, 0.014, 'competitor', [0.5, 0.6]],
  ['Jules Ferrandou', 'employee', 'Sales lead', 'Domova', -2, null, 2, 'linkedin', 2_900, 0.027, 'competitor', [0.3, 0.4]],
  ['Chloé Ambrosini', 'journalist', 'Investigative reporter', 'Le Signal', -1, null, 2, 'x', 46_000, 0.029, 'press|investigation', [0.9, 0.2]],
  ['Le Signal', 'media', 'Investigative news site', 'Le Signal', -1, null, 2, 'web', 390_000, 0.008, 'press|investigation', [0.8, 0.2]],
  ['Rosalie Kerbrat', 'influencer', 'Digital-detox coach', null, -1, null, 2, 'instagram', 720, 0.095, 'wellbeing|privacy', [0.6, 0.3]],
  // Unattached voices.
  ['Bruno Vaissade', 'customer', 'Installer customer', null, 0, null, null, 'forum', 60, 0.1, 'customer', [0.1, 0.5]],
  ['Atelier Lumière Verte', 'organisation', 'Energy-saving retailer', 'Atelier Lumière Verte', 1, null, null, 'web', 14_000, 0.013, 'retail|energy', [0.1, 0.8]],
  ['Hélène Castéran', 'politician', 'Regional councillor, energy', null, 0, 1, null, 'x', 8_100, 0.016, 'policy|energy', [0.3, 0.8]],
  ['Fédération des Installateurs', 'organisation', 'Trade body', 'FIDE', 1, null, null, 'linkedin', 19_000, 0.01, 'trade|installer', [0.2, 0.6]],
  ['Marius Pellegrin', 'influencer', 'Home-finance creator', null, 0, null, null, 'youtube', 123_000, 0.036, 'finance|video', [0.1, 0.7]],
  ['Ondine Lagarrigue', 'customer', 'Loyal customer', null, 2, null, null, 'instagram', 870, 0.09, 'customer|fan', [0.1, 0.6]],
  ['Yvan Korsak', 'expert', 'Ethical-tech lecturer', 'École Numérique du Sud', -1, 0, null, 'linkedin', 9_400, 0.034, 'ethics|research', [0.85, 0.1]],
  ['Solène Abgrall', 'journalist', 'Lifestyle editor', 'Vivre Simple', 1, null, null, 'instagram', 33_000, 0.025, 'press|lifestyle', [0.2, 0.5]],
];

export const DEMO_ACTORS: readonly DemoActor[] = ROWS.map(
  ([
    name,
    kind,
    role,
    organisation,
    stance,
    offlineStance,
    community,
    platform,
    followers,
    engagement,
    tags,
    relevance,
    country,
  ]) => ({
    name,
    kind,
    role,
    organisation,
    stance,
    offlineStance,
    community,
    platform,
    followers,
    engagement,
    tags: tags.split('|'),
    relevance,
    country: country ?? 'FR',
  }),
);
