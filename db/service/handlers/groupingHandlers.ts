import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

/** Topics and communities, and who belongs to which community. */
export function groupingHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'topic' | 'community'> {
  return {
    'topic:create': (draft) => requireSession().repos.topics.create(draft),
    'topic:update': ({ id, patch }) => requireSession().repos.topics.update(id, patch),
    'topic:delete': ({ id }) => {
      requireSession().repos.topics.delete(id);
      return { deleted: true };
    },
    'topic:merge': ({ sourceIds, targetId }) => {
      const { repos } = requireSession();
      for (const sourceId of new Set(sourceIds)) repos.topics.merge(sourceId, targetId);
      return repos.topics.get(targetId);
    },
    'community:list': () => requireSession().repos.communities.list(),
    'community:create': (draft) => {
      const { repos } = requireSession();
      if (draft.topicId) repos.topics.get(draft.topicId);
      return repos.communities.create(draft);
    },
    'community:update': ({ id, patch }) => {
      const { repos } = requireSession();
      if (patch.topicId) repos.topics.get(patch.topicId);
      return repos.communities.update(id, patch);
    },
    'community:delete': ({ id }) => {
      requireSession().repos.communities.delete(id);
      return { deleted: true };
    },
    'community:merge': ({ sourceIds, targetId }) =>
      requireSession().repos.communities.merge([...new Set(sourceIds)], targetId),
    'community:add-members': ({ id, actorIds }) => {
      const { repos } = requireSession();
      assertActors(repos, actorIds, 'actorIds');
      return { count: repos.communities.addMembers(id, actorIds) };
    },
    'community:remove-members': ({ id, actorIds }) => ({
      count: requireSession().repos.communities.removeMembers(id, actorIds),
    }),
  };
}
