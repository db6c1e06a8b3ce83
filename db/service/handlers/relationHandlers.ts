import { AppError } from '../../../shared/api/errors';
import type { Repositories } from '../../repositories';
import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

function assertRelationType(repos: Repositories, type: string): void {
  const allowed = repos.settings.get().relationTypes;
  if (!allowed.includes(type)) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'type',
      detail: `"${type}" is not one of ${allowed.join(', ')}`,
    });
  }
}

/** Relations between actors: typed (from the map's list), directed or not, weighted, with evidence. */
export function relationHandlers({ requireSession }: HandlerContext): HandlersOf<'relation'> {
  return {
    'relation:get': ({ id }) => requireSession().repos.relations.get(id),
    'relation:create': (draft) => {
      const { repos } = requireSession();
      if (draft.sourceId === draft.targetId) {
        throw new AppError({
          code: 'INVALID_INPUT',
          field: 'targetId',
          detail: 'an actor cannot relate to itself',
        });
      }
      assertActors(repos, [draft.sourceId], 'sourceId');
      assertActors(repos, [draft.targetId], 'targetId');
      assertRelationType(repos, draft.type);
      return repos.relations.create(draft);
    },
    'relation:update': ({ id, patch }) => {
      const { repos } = requireSession();
      if (patch.type !== undefined) assertRelationType(repos, patch.type);
      return repos.relations.update(id, patch);
    },
    'relation:delete': ({ id }) => {
      requireSession().repos.relations.delete(id);
      return { deleted: true };
    },
  };
}
