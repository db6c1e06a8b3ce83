import { ACTOR_KINDS, type ActorKind } from '../domain/vocabulary';
import { LIMITS } from '../domain/limits';
import { singleLine } from '../util/text';
import { importError, normaliseHeader, parseNumber } from './csv';
import type { AttributeValue, ImportedNode, TimedValue } from './graphModel';
import { countRefusal } from './importNumbers';
import { fileRecord, ownValue } from './fileRecord';

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

/** What actorFieldsOf adjusted, counted across an import (said in its notes). */
export type FieldAdjustments = {
  /** Actors whose single-line fields held control characters (see singleLine). */
  controlCharacters: number;
};

/**
 * Maps an imported node onto actor fields. A value that cannot be what its column says (a stance
 * of 7, a negative reach, a reach beyond 2^53 or infinite) is refused with the file, line and
 * field; a kind that is not one of the app's is kept as a custom field rather than guessed.
 * Single-line fields (name, role, country, tags, communities) lose their control characters,
 * counted in `adjusted`; notes keep theirs. Text that cannot be stored at all (NUL, half a
 * surrogate pair) is refused before (importedValues.ts).
 */
export function actorFieldsOf(
  node: ImportedNode,
  fileName: string,
  adjusted: FieldAdjustments = { controlCharacters: 0 },
): ActorFields {
  let cleaned = false;
  const oneLine = (text: string) => {
    const line = singleLine(text);
    if (line === text) return text;
    cleaned = true;
    return line.trim();
  };
  const fields: ActorFields = {
    // A name of control characters only is no name: the key stands for it, as when there is none.
    name: (oneLine(node.label ?? node.key) || node.key).slice(0, LIMITS.name),
    custom: fileRecord(),
  };
  const where = (field: string, detail: string) => ({ line: node.line, field, detail });
  for (const [name, value] of Object.entries(node.attributes)) {
    const field = ownValue(FIELD_OF, normaliseHeader(name));
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
          : ownValue(KIND_SYNONYMS, normal);
        if (kind) fields.kind = kind;
        else fields.custom[name] = value;
        break;
      }
      case 'stance':
      case 'offlineStance': {
        const word = ownValue(STANCE_WORDS, normaliseHeader(text));
        const n = word ?? (typeof value === 'number' ? value : parseNumber(text));
        if (n !== null && !Number.isNaN(n) && !Number.isFinite(n))
          throw importError(fileName, 'not-finite', where(name, text));
        if (n === null || Number.isNaN(n) || !Number.isInteger(n) || n < -2 || n > 2)
          throw importError(fileName, 'out-of-range', where(name, text));
        fields[field] = n;
        break;
      }
      case 'reach': {
        const n = typeof value === 'number' ? value : (parseNumber(text) ?? Number.NaN);
        const refusal = countRefusal(n);
        if (refusal) throw importError(fileName, refusal, where(name, text));
        fields.reach = Math.round(n);
        break;
      }
      case 'resonance': {
        const percent = text.endsWith('%');
        const n = typeof value === 'number' ? value : parseNumber(text.replace(/%$/, ''));
        if (n === null || Number.isNaN(n))
          throw importError(fileName, 'not-a-number', where(name, text));
        if (!Number.isFinite(n)) throw importError(fileName, 'not-finite', where(name, text));
        const rate = percent || n > 1 ? n / 100 : n;
        if (rate < 0 || rate > 1) throw importError(fileName, 'out-of-range', where(name, text));
        fields.resonance = rate;
        break;
      }
      case 'tags':
        fields.tags = text
          .split('|')
          .map((t) => oneLine(t).trim().slice(0, LIMITS.tag))
          .filter(Boolean)
          .slice(0, LIMITS.tagsPerActor);
        break;
      case 'communities':
        fields.communities = text
          .split('|')
          .map((t) => oneLine(t).trim().slice(0, LIMITS.name))
          .filter(Boolean);
        break;
      case 'role':
        fields.role = oneLine(text).slice(0, LIMITS.shortText);
        break;
      case 'country':
        fields.country = oneLine(text).slice(0, LIMITS.shortText);
        break;
      case 'notes':
        fields.notes = text.slice(0, LIMITS.notes);
        break;
    }
  }
  if (node.size !== undefined) fields.custom.size = node.size;
  if (node.color !== undefined) fields.custom.color = node.color;
  if (cleaned) adjusted.controlCharacters += 1;
  return fields;
}
