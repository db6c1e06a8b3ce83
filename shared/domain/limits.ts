/**
 * Field limits shared by forms, the API boundary and importers, so that a value accepted in one
 * place is never refused in another.
 */
export const LIMITS = {
  name: 300,
  shortText: 200,
  notes: 20_000,
  tag: 80,
  tagsPerActor: 100,
  path: 4_096,
  listPage: 100_000,
  /** Actors a map may hold (an import from a listening tool: DESIGN.md, issue 4). */
  actorsPerMap: 1_000_000,
} as const;
