import { AppError } from '../../../shared/api/errors';
import type { Repositories } from '../../repositories';
import type { HandlerContext, HandlersOf } from './context';

/** NOT_FOUND naming `field` unless every id is an actor (so a bulk action writes all or nothing). */
export function assertActors(repos: Repositories, ids: readonly number[], field: string): void {
  const missing = ids.find((id) => !repos.actors.exists(id));
  if (missing !== undefined)
    throw new AppError({ code: 'NOT_FOUND', field, detail: `actor ${missing}` });
}

/** Actors, their platform accounts and their per-topic relevance. */
export function actorHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'actor' | 'account' | 'relevance'> {
  return {
    'actor:list': () => requireSession().repos.actors.listSummaries(),
    'actor:table': () => requireSession().repos.actors.listTableRows(),
    'actor:get': ({ id }) => requireSession().repos.actors.get(id),
    'actor:create': (draft) => requireSession().repos.actors.create(draft),
    'actor:update': ({ id, patch }) => requireSession().repos.actors.update(id, patch),
    'actor:delete': ({ id }) => {
      requireSession().repos.actors.delete(id);
      return { deleted: true };
    },
    'actor:bulk-update': ({ ids, ...change }) => ({
      count: requireSession().repos.actors.bulkUpdate(ids, change),
    }),
    'actor:bulk-delete': ({ ids }) => {
      const { repos } = requireSession();
      assertActors(repos, ids, 'ids');
      for (const id of new Set(ids)) repos.actors.delete(id);
      return { count: new Set(ids).size };
    },
    'account:create': (draft) => {
      const { repos } = requireSession();
      assertActors(repos, [draft.actorId], 'actorId');
      return repos.accounts.create(draft);
    },
    'account:update': ({ id, patch }) => requireSession().repos.accounts.update(id, patch),
    'account:delete': ({ id }) => {
      requireSession().repos.accounts.delete(id);
      return { deleted: true };
    },
    'relevance:set': ({ actorId, topicId, relevance }) => {
      const { repos } = requireSession();
      assertActors(repos, [actorId], 'actorId');
      repos.topics.get(topicId);
      repos.relevance.set(actorId, topicId, relevance);
      return { relevance };
    },
  };
}
