import { AppError } from '../../../shared/api/errors';
import type { Repositories } from '../../repositories';
import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

function assertCampaign(repos: Repositories, id: number | null | undefined): void {
  if (id !== null && id !== undefined && !repos.history.campaignExists(id)) {
    throw new AppError({ code: 'NOT_FOUND', field: 'campaignId', detail: `campaign ${id}` });
  }
}

/** The relationship history (interactions, campaigns, purchasing) and the change journal. */
export function historyHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'interaction' | 'campaign' | 'purchasing' | 'history'> {
  return {
    'interaction:list': ({ actorId }) => {
      const { repos } = requireSession();
      assertActors(repos, [actorId], 'actorId');
      return repos.history.interactionsOf(actorId);
    },
    'interaction:create': (draft) => {
      const { repos } = requireSession();
      assertActors(repos, [draft.actorId], 'actorId');
      assertCampaign(repos, draft.campaignId);
      return repos.history.createInteraction(draft);
    },
    'interaction:update': ({ id, patch }) => {
      const { repos } = requireSession();
      assertCampaign(repos, patch.campaignId);
      return repos.history.updateInteraction(id, patch);
    },
    'interaction:delete': ({ id }) => {
      requireSession().repos.history.deleteInteraction(id);
      return { deleted: true };
    },
    'campaign:list': () => requireSession().repos.history.campaigns(),
    'campaign:create': (draft) => requireSession().repos.history.createCampaign(draft),
    'campaign:update': ({ id, patch }) => requireSession().repos.history.updateCampaign(id, patch),
    'campaign:delete': ({ id }) => {
      requireSession().repos.history.deleteCampaign(id);
      return { deleted: true };
    },
    'purchasing:report': () => requireSession().repos.history.purchasing(),
    'history:list': ({ limit }) => requireSession().handle.journal.list(limit ?? 50),
    'history:undo': () => requireSession().handle.journal.undo(),
    'history:redo': () => requireSession().handle.journal.redo(),
  };
}
