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
  'actor:table',
  'actor:bulk-update',
  'actor:bulk-delete',
  'account:create',
  'account:update',
  'account:delete',
  'relevance:set',
  'relation:get',
  'relation:create',
  'relation:update',
  'relation:delete',
  'topic:create',
  'topic:update',
  'topic:delete',
  'topic:merge',
  'community:list',
  'community:create',
  'community:update',
  'community:delete',
  'community:merge',
  'community:add-members',
  'community:remove-members',
  'interaction:list',
  'interaction:create',
  'interaction:update',
  'interaction:delete',
  'campaign:list',
  'campaign:create',
  'campaign:update',
  'campaign:delete',
  'purchasing:report',
  'settings:update',
  'view:list',
  'view:get',
  'view:create',
  'view:update',
  'view:delete',
  'view:save-positions',
  'export:save',
  'journey:lanes',
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
