import type { HandlerContext, HandlersOf } from './context';

/** The analyses' results kept in the map (not journaled: derived data, recomputed on change). */
export function analysisHandlers({ requireSession }: HandlerContext): HandlersOf<'analysis'> {
  return {
    'analysis:get': ({ scope }) => requireSession().repos.analysis.get(scope),
    'analysis:put': ({ scope, fingerprint, payload }) => {
      requireSession().repos.analysis.put(scope, fingerprint, payload);
      return { stored: true };
    },
  };
}
