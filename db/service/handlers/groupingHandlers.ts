import { AppError } from '../../../shared/api/errors';
import type { CommunityId } from '../../../shared/domain/schemas';
import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

/** Topics and communities, and who belongs to which community. */
export function groupingHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'topic' | 'community' | 'detection'> {
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
    'community:save-detection': ({ algorithm, parameters, modularity, groups }) => {
      const { repos, handle } = requireSession();
      const ids = JSON.stringify(groups.flatMap((g) => g.actorIds));
      const known = handle.db
        .prepare<[string, string], { n: number; total: number }>(
          'SELECT (SELECT count(*) FROM actors WHERE id IN (SELECT value FROM json_each(?))) AS n, json_array_length(?) AS total',
        )
        .get(ids, ids);
      if (!known || known.n !== known.total)
        throw new AppError({ code: 'NOT_FOUND', field: 'groups', detail: 'actor' });
      const saved = repos.detections.save({ algorithm, parameters, modularity }, groups);
      return { runId: saved.runId, communityIds: saved.communityIds as CommunityId[] };
    },
    'detection:list': () => requireSession().repos.detections.list(),
    'detection:accept': ({ id }) => {
      if (!requireSession().repos.detections.setStatus(id, 'accepted'))
        throw new AppError({ code: 'NOT_FOUND', field: 'id', detail: 'detection run' });
      return { accepted: true };
    },
    'detection:discard': ({ id }) => {
      if (!requireSession().repos.detections.discard(id))
        throw new AppError({ code: 'NOT_FOUND', field: 'id', detail: 'detection run' });
      return { deleted: true };
    },
  };
}
