import { ACTOR_KINDS, type ActorKind } from '../domain/vocabulary';
import { LIMITS } from '../domain/limits';
import { importError, normaliseHeader, parseNumber } from './csv';
import type { AttributeValue, ImportedNode, TimedValue } from './graphModel';

/** What an imported node says about the actor it becomes; absent fields are left as they are. */
export type ActorFields = {
  name: string;
  kind?: ActorKind;
  role?: string;
  stance?: number;
  offlineStance?: number;
  reach?: number;
  resonance?: number;
  country?: string;
  notes?: string;
  tags?: string[];
  communities?: string[];
  /** Everything else, kept as the actor's custom fields (a foreign file's colour and size too). */
  custom: Record<string, AttributeValue | TimedValue[]>;
};

const STANCE_WORDS: Record<string, number> = {
  detractor: -2,
  detracteur: -2,
  critic: -1,
  critique: -1,
  neutral: 0,
  neutre: 0,
  sympathiser: 1,
  sympathizer: 1,
  sympathisant: 1,
  ambassador: 2,
  ambassadeur: 2,
};

const KIND_SYNONYMS: Record<string, ActorKind> = {
  person: 'influencer',
  personne: 'influencer',
  influenceur: 'influencer',
  journaliste: 'journalist',
  organization: 'organisation',
  company: 'brand',
  entreprise: 'brand',
  marque: 'brand',
  ong: 'ngo',
  expert: 'expert',
  media: 'media',
  politicien: 'politician',
  employe: 'employee',
  client: 'customer',
  concurrent: 'competitor',
};

/** Which canonical field an attribute name stands for (case, accents and spaces ignored). */
const FIELD_OF: Record<string, keyof Omit<ActorFields, 'name' | 'custom'>> = {
  kind: 'kind',
  type: 'kind',
  element_type: 'kind',
  role: 'role',
  stance: 'stance',
  attitude: 'stance',
  offline_stance: 'offlineStance',
  reach: 'reach',
  followers: 'reach',
  audience: 'reach',
  resonance: 'resonance',
  engagement: 'resonance',
  engagement_rate: 'resonance',
  country: 'country',
  pays: 'country',
  notes: 'notes',
  description: 'notes',
  tags: 'tags',
  community: 'communities',
  communities: 'communities',
  communaute: 'communities',
  group: 'communities',
};

/**
 * Maps an imported node onto actor fields. A value that cannot be what its column says (a stance
 * of 7, a negative reach) is refused with the file, line and field; a kind that is not one of the
 * app's is kept as a custom field rather than guessed.
 */
export function actorFieldsOf(node: ImportedNode, fileName: string): ActorFields {
  const fields: ActorFields = { name: (node.label ?? node.key).slice(0, LIMITS.name), custom: {} };
  const where = (field: string, detail: string) => ({ line: node.line, field, detail });
  for (const [name, value] of Object.entries(node.attributes)) {
    const field = FIELD_OF[normaliseHeader(name)];
    if (field === undefined || Array.isArray(value)) {
      fields.custom[name] = value;
      continue;
    }
    const text = String(value).trim();
    if (text === '') continue;
    switch (field) {
      case 'kind': {
        const normal = normaliseHeader(text);
        const kind = (ACTOR_KINDS as readonly string[]).includes(normal)
          ? (normal as ActorKind)
          : KIND_SYNONYMS[normal];
        if (kind) fields.kind = kind;
        else fields.custom[name] = value;
        break;
      }
      case 'stance':
      case 'offlineStance': {
        const word = STANCE_WORDS[normaliseHeader(text)];
        const n = word ?? (typeof value === 'number' ? value : parseNumber(text));
        if (n === null || Number.isNaN(n) || !Number.isInteger(n) || n < -2 || n > 2)
          throw importError(fileName, 'out-of-range', where(name, text));
        fields[field] = n;
        break;
      }
      case 'reach': {
        const n = typeof value === 'number' ? value : parseNumber(text);
        if (n === null || Number.isNaN(n))
          throw importError(fileName, 'not-a-number', where(name, text));
        if (n < 0 || !Number.isFinite(n))
          throw importError(fileName, 'out-of-range', where(name, text));
        fields.reach = Math.round(n);
        break;
      }
      case 'resonance': {
        const percent = text.endsWith('%');
        const n = typeof value === 'number' ? value : parseNumber(text.replace(/%$/, ''));
        if (n === null || Number.isNaN(n))
          throw importError(fileName, 'not-a-number', where(name, text));
        const rate = percent || n > 1 ? n / 100 : n;
        if (rate < 0 || rate > 1) throw importError(fileName, 'out-of-range', where(name, text));
        fields.resonance = rate;
        break;
      }
      case 'tags':
        fields.tags = text
          .split('|')
          .map((t) => t.trim().slice(0, LIMITS.tag))
          .filter(Boolean)
          .slice(0, LIMITS.tagsPerActor);
        break;
      case 'communities':
        fields.communities = text
          .split('|')
          .map((t) => t.trim().slice(0, LIMITS.name))
          .filter(Boolean);
        break;
      case 'role':
        fields.role = text.slice(0, LIMITS.shortText);
        break;
      case 'country':
        fields.country = text.slice(0, LIMITS.shortText);
        break;
      case 'notes':
        fields.notes = text.slice(0, LIMITS.notes);
        break;
    }
  }
  if (node.size !== undefined) fields.custom.size = node.size;
  if (node.color !== undefined) fields.custom.color = node.color;
  return fields;
}
