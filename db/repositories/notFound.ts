import { AppError } from '../../shared/api/errors';

/** The error for an id that names no row (deleted meanwhile, or never existed). */
export function notFound(
  entity: 'actor' | 'relation' | 'topic',
  id: number,
  field = 'id',
): AppError {
  return new AppError({ code: 'NOT_FOUND', field, detail: `${entity} ${id}` });
}
