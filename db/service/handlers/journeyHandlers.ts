import { AppError } from '../../../shared/api/errors';
import { templateStages } from '../../../shared/journey/templates';
import type { Session } from './context';
import { assertActors } from './actorHandlers';
import type { HandlerContext, HandlersOf } from './context';

const notFound = (field: string, detail: string) =>
  new AppError({ code: 'NOT_FOUND', field, detail });

function assertStage({ repos }: Session, id: number, field = 'stageId') {
  const stage = repos.journeyEditor.stage(id);
  if (!stage) throw notFound(field, `stage ${id}`);
  return stage;
}

function assertTopic({ handle }: Session, id: number | null | undefined): void {
  if (id === null || id === undefined) return;
  if (!handle.db.prepare('SELECT 1 FROM topics WHERE id = ?').get(id))
    throw notFound('topicId', `topic ${id}`);
}

/**
 * Journeys, their stages (a loop: positions 0..n−1, the last leading back to the first),
 * touchpoints and placements. Each call is one undoable action; references are checked first so
 * that a bad one is named by its field.
 */
export function journeyHandlers({
  requireSession,
}: HandlerContext): HandlersOf<'journey' | 'stage' | 'touchpoint' | 'placement' | 'trail'> {
  return {
    'journey:lanes': () => requireSession().repos.journeys.lanes(),
    'journey:list': () => requireSession().repos.journeyEditor.list(),
    'journey:create': ({ name, persona, topicId, template, locale }) => {
      const session = requireSession();
      assertTopic(session, topicId);
      const id = session.repos.journeyEditor.create(
        { name, persona: persona ?? null, topicId: topicId ?? null },
        templateStages(template, locale),
      );
      return { id };
    },
    'journey:update': ({ id, patch }) => {
      const session = requireSession();
      assertTopic(session, patch.topicId);
      if (!session.repos.journeyEditor.update(id, patch)) throw notFound('id', `journey ${id}`);
      return { updated: true };
    },
    'journey:delete': ({ id }) => {
      if (!requireSession().repos.journeyEditor.remove(id)) throw notFound('id', `journey ${id}`);
      return { deleted: true };
    },
    'stage:create': ({ journeyId, name, isMomentOfTruth }) => {
      const { repos } = requireSession();
      if (!repos.journeyEditor.exists(journeyId))
        throw notFound('journeyId', `journey ${journeyId}`);
      return { id: repos.journeyEditor.addStage(journeyId, name, isMomentOfTruth ?? false) };
    },
    'stage:update': ({ id, patch }) => {
      const session = requireSession();
      assertStage(session, id, 'id');
      session.repos.journeyEditor.updateStage(id, patch);
      return { updated: true };
    },
    'stage:move': ({ id, position }) => {
      const session = requireSession();
      assertStage(session, id, 'id');
      session.repos.journeyEditor.moveStage(id, position);
      return { updated: true };
    },
    'stage:delete': ({ id }) => {
      const session = requireSession();
      assertStage(session, id, 'id');
      session.repos.journeyEditor.removeStage(id);
      return { deleted: true };
    },
    'touchpoint:create': (draft) => {
      const session = requireSession();
      assertStage(session, draft.stageId);
      return { id: session.repos.journeyEditor.addTouchpoint(draft) };
    },
    'touchpoint:delete': ({ id }) => {
      if (!requireSession().repos.journeyEditor.removeTouchpoint(id))
        throw notFound('id', `touchpoint ${id}`);
      return { deleted: true };
    },
    'placement:set': (draft) => {
      const session = requireSession();
      const { repos, handle } = session;
      assertStage(session, draft.stageId);
      const touchpointId = draft.touchpointId ?? null;
      if (
        touchpointId !== null &&
        repos.journeyEditor.touchpointStage(touchpointId) !== draft.stageId
      )
        throw notFound('touchpointId', `touchpoint ${touchpointId} in stage ${draft.stageId}`);
      if (draft.actorId !== undefined) assertActors(repos, [draft.actorId], 'actorId');
      if (
        draft.communityId !== undefined &&
        !handle.db.prepare('SELECT 1 FROM communities WHERE id = ?').get(draft.communityId)
      )
        throw notFound('communityId', `community ${draft.communityId}`);
      const id = repos.journeyEditor.place({
        stageId: draft.stageId,
        touchpointId,
        actorId: draft.actorId ?? null,
        communityId: draft.communityId ?? null,
        legitimacy: draft.legitimacy,
        note: draft.note ?? null,
      });
      return { id };
    },
    'placement:update': ({ id, patch }) => {
      if (!requireSession().repos.journeyEditor.updatePlacement(id, patch))
        throw notFound('id', `placement ${id}`);
      return { updated: true };
    },
    'placement:delete': ({ id }) => {
      if (!requireSession().repos.journeyEditor.removePlacement(id))
        throw notFound('id', `placement ${id}`);
      return { deleted: true };
    },
    'trail:steps': () => requireSession().repos.journeyEditor.trailSteps(),
  };
}
