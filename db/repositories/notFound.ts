import { AppError } from '../../shared/api/errors';

export type Entity =
  'actor' | 'relation' | 'topic' | 'community' | 'account' | 'interaction' | 'campaign' | 'view';

/** The error for an id that names no row (deleted meanwhile, or never existed). */
export function notFound(entity: Entity, id: number, field = 'id'): AppError {
  return new AppError({ code: 'NOT_FOUND', field, detail: `${entity} ${id}` });
}
