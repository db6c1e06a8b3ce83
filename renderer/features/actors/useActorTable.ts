import type { ActorTableRow } from '../../../shared/domain/schemas';
import { useQuery } from '../../hooks/useQuery';

const NO_INPUT = {};

/**
 * The actors table's rows, read again when a change touched what they show; not read at all
 * while `wanted` is false (the map needs them only for some filters).
 */
export function useActorTable(wanted = true): ActorTableRow[] | null {
  return useQuery('actor:table', wanted ? NO_INPUT : null);
}
