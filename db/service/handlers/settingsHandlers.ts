import { AppError } from '../../../shared/api/errors';
import type { HandlerContext, HandlersOf } from './context';

/** Map settings and the whole-map snapshot. */
export function settingsHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'settings' | 'graph'> {
  return {
    'settings:update': (patch) => {
      const { repos, handle } = requireSession();
      if (patch.relationTypes) {
        // A type still used by relations cannot leave the list: those relations would be invalid.
        const kept = new Set(patch.relationTypes);
        const used = handle.db
          .prepare<[], { type: string; n: number }>(
            'SELECT type, count(*) AS n FROM relations GROUP BY type',
          )
          .all();
        const orphaned = used.filter((u) => !kept.has(u.type));
        if (orphaned.length > 0) {
          throw new AppError({
            code: 'CONFLICT',
            field: 'relationTypes',
            detail: orphaned.map((o) => `${o.type} (${o.n})`).join(', '),
          });
        }
      }
      repos.settings.set(patch);
      return repos.settings.get();
    },
    'graph:get': () => {
      const { repos } = requireSession();
      return {
        actors: repos.graph.actors(),
        relations: repos.graph.relations(),
        communities: repos.communities.list(),
        topics: repos.topics.list(),
      };
    },
  };
}
