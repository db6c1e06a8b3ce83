import type { Locale } from '../domain/vocabulary';

/**
 * Journeys to start from. Both are loops, not funnels: the last stage (advocacy) feeds the first
 * (someone else's trigger). Moments of truth are where the persona decides.
 */
export const JOURNEY_TEMPLATES = ['loop', 'b2b', 'empty'] as const;
export type JourneyTemplate = (typeof JOURNEY_TEMPLATES)[number];

type TemplateStage = { en: string; fr: string; momentOfTruth: boolean };

const LOOP: readonly TemplateStage[] = [
  { en: 'Trigger', fr: 'Déclencheur', momentOfTruth: false },
  { en: 'Awareness', fr: 'Découverte', momentOfTruth: false },
  { en: 'Consideration', fr: 'Considération', momentOfTruth: false },
  { en: 'Evaluation', fr: 'Évaluation', momentOfTruth: true },
  { en: 'Purchase', fr: 'Achat', momentOfTruth: true },
  { en: 'Experience', fr: 'Expérience', momentOfTruth: true },
  { en: 'Loyalty', fr: 'Fidélité', momentOfTruth: false },
  { en: 'Advocacy', fr: 'Recommandation', momentOfTruth: false },
];

const B2B: readonly TemplateStage[] = [
  { en: 'Business need', fr: 'Besoin métier', momentOfTruth: false },
  { en: 'Research', fr: 'Recherche', momentOfTruth: false },
  { en: 'Shortlist', fr: 'Présélection', momentOfTruth: true },
  { en: 'Proof of value', fr: 'Preuve de valeur', momentOfTruth: true },
  { en: 'Consensus', fr: 'Consensus interne', momentOfTruth: true },
  { en: 'Contract', fr: 'Contractualisation', momentOfTruth: false },
  { en: 'Onboarding', fr: 'Déploiement', momentOfTruth: true },
  { en: 'Renewal', fr: 'Renouvellement', momentOfTruth: true },
  { en: 'Advocacy', fr: 'Recommandation', momentOfTruth: false },
];

export function templateStages(
  template: JourneyTemplate,
  locale: Locale,
): Array<{ name: string; isMomentOfTruth: boolean }> {
  const stages = template === 'loop' ? LOOP : template === 'b2b' ? B2B : [];
  return stages.map((s) => ({ name: s[locale], isMomentOfTruth: s.momentOfTruth }));
}
