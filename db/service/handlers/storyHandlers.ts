import type { HandlerContext, HandlersOf } from './context';

/**
 * Stories and their slides (presentation mode). Each mutation is synchronous: the service runs it
 * as one transaction and one undoable journal entry. `slide:render` draws, and lives elsewhere.
 */
export function storyHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'story'> & Omit<HandlersOf<'slide'>, 'slide:render'> {
  const stories = () => requireSession().repos.stories;
  return {
    'story:list': () => stories().list(),
    'story:create': ({ name }) => stories().create(name),
    'story:update': ({ id, patch }) => stories().update(id, patch),
    'story:delete': ({ id }) => {
      stories().remove(id);
      return { deleted: true };
    },
    'slide:create': (draft) => stories().createSlide(draft),
    'slide:update': ({ id, patch }) => stories().updateSlide(id, patch),
    'slide:move': ({ id, position }) => {
      stories().moveSlide(id, position);
      return { updated: true };
    },
    'slide:delete': ({ id }) => {
      stories().removeSlide(id);
      return { deleted: true };
    },
  };
}
