import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

/** Saved views of the map and the positions kept in them. */
export function viewHandlers({ requireSession }: HandlerContext): HandlersOf<'view'> {
  return {
    'view:list': () => requireSession().repos.views.list(),
    'view:get': ({ id }) => requireSession().repos.views.getWithPositions(id),
    'view:create': (draft) => requireSession().repos.views.create(draft),
    'view:update': ({ id, patch }) => requireSession().repos.views.update(id, patch),
    'view:delete': ({ id }) => {
      requireSession().repos.views.delete(id);
      return { deleted: true };
    },
    'view:save-positions': ({ id, positions, layout }) => {
      const { repos } = requireSession();
      if (layout) repos.views.update(id, { layout });
      assertActors(repos, [...new Set(positions.map((p) => p.actorId))], 'positions');
      return { count: repos.views.savePositions(id, positions) };
    },
  };
}
