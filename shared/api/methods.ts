/**
 * The names of the API methods, alone, so that the Electron preload can allow-list them without
 * bundling zod. `contract.ts` fails to compile if this list and the contract table disagree.
 */
export const API_METHODS = [
  'app:info',
  'recent:list',
  'recent:forget',
  'map:pick',
  'map:create',
  'map:open',
  'map:open-demo',
  'map:info',
  'map:close',
  'graph:get',
  'actor:list',
  'actor:get',
  'actor:create',
  'actor:update',
  'actor:delete',
  'relation:create',
  'relation:update',
  'relation:delete',
  'topic:create',
  'topic:update',
  'topic:delete',
  'history:list',
  'history:undo',
  'history:redo',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

const METHOD_SET: ReadonlySet<string> = new Set(API_METHODS);

/** True when `name` is a method of the contract (guards untrusted channel names). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && METHOD_SET.has(name);
}
