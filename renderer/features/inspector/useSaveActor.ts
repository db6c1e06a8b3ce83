import { useCallback } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ActorPatchSchema, type ActorId, type ActorPatch } from '../../../shared/domain/schemas';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';

/**
 * Saves a patch of one actor: validated with the API's own schema first (the message appears
 * next to the field at once), then the service has the last word. Resolves to an error or null.
 */
export function useSaveActor(id: ActorId): (patch: ActorPatch) => Promise<string | null> {
  const perform = useAppStore((s) => s.perform);
  const locale = useAppStore((s) => s.locale);
  return useCallback(
    async (patch) => {
      const parsed = ActorPatchSchema.safeParse(patch);
      if (!parsed.success) return Object.values(errorsByField(parsed.error))[0] ?? null;
      const outcome = await perform('actor:update', { id, patch: parsed.data });
      return outcome.ok ? null : formatError(outcome.error, locale);
    },
    [id, perform, locale],
  );
}
