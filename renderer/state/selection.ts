import type { ActorId, RelationId } from '../../shared/domain/schemas';

/** What is selected, in every view at once: some actors, one relation, or nothing. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'actors'; ids: readonly ActorId[] }
  | { kind: 'relation'; id: RelationId };

export const NOTHING: Selection = { kind: 'none' };

export function selectedActorIds(selection: Selection): readonly ActorId[] {
  return selection.kind === 'actors' ? selection.ids : [];
}

/** A click (replace), Ctrl/Cmd+click (toggle) or Shift+click (range within `order`) on an actor. */
export function nextActorSelection(
  previous: Selection,
  id: ActorId,
  mode: 'replace' | 'toggle' | 'range',
  order: readonly ActorId[] = [],
): Selection {
  const current = selectedActorIds(previous);
  if (mode === 'toggle') {
    const ids = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    return ids.length === 0 ? NOTHING : { kind: 'actors', ids };
  }
  if (mode === 'range' && current.length > 0) {
    const anchor = order.indexOf(current[current.length - 1] as ActorId);
    const target = order.indexOf(id);
    if (anchor >= 0 && target >= 0) {
      const [from, to] = anchor <= target ? [anchor, target] : [target, anchor];
      const range = order.slice(from, to + 1);
      // The anchor stays last so that the next Shift+click extends from it.
      const ids = [
        ...new Set([
          ...current,
          ...range.filter((x) => x !== current.at(-1)),
          current.at(-1) as ActorId,
        ]),
      ];
      return { kind: 'actors', ids };
    }
  }
  return { kind: 'actors', ids: [id] };
}

/** Drops from the selection whatever no longer exists (after a delete or an undo). */
export function pruneSelection(
  selection: Selection,
  actorIds: ReadonlySet<number>,
  relationIds: ReadonlySet<number>,
): Selection {
  if (selection.kind === 'actors') {
    const ids = selection.ids.filter((id) => actorIds.has(id));
    if (ids.length === selection.ids.length) return selection;
    return ids.length === 0 ? NOTHING : { kind: 'actors', ids };
  }
  if (selection.kind === 'relation' && !relationIds.has(selection.id)) return NOTHING;
  return selection;
}
