import type { MessageKey } from './en';
import { isMessageKey, type Translate } from './translate';

/**
 * The label of a relation type: translated for the built-in types, shown as typed for the ones a
 * map adds in its settings.
 */
export function relationTypeLabel(t: Translate, type: string): string {
  const key = `relationType.${type}`;
  return isMessageKey(key) ? t(key as MessageKey) : type;
}

/** The name of a journaled action (`actor:create` → "create actor"), for undo/redo tooltips. */
export function actionLabel(t: Translate, label: string | null | undefined): string {
  const key = `action.${label ?? ''}`;
  return isMessageKey(key) ? t(key as MessageKey) : (label ?? '');
}
