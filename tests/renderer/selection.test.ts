import { describe, expect, it } from 'vitest';
import type { ActorId, RelationId } from '../../shared/domain/schemas';
import {
  nextActorSelection,
  NOTHING,
  pruneSelection,
  type Selection,
} from '../../renderer/state/selection';

const ids = (...n: number[]) => n as ActorId[];
const order = ids(1, 2, 3, 4, 5);

describe('selection', () => {
  it('replaces on click, toggles on Ctrl/Cmd+click, extends a range on Shift+click', () => {
    let selection: Selection = nextActorSelection(NOTHING, 2 as ActorId, 'replace');
    expect(selection).toEqual({ kind: 'actors', ids: ids(2) });
    selection = nextActorSelection(selection, 4 as ActorId, 'toggle');
    expect(selection).toEqual({ kind: 'actors', ids: ids(2, 4) });
    selection = nextActorSelection(selection, 2 as ActorId, 'toggle');
    expect(selection).toEqual({ kind: 'actors', ids: ids(4) });
    selection = nextActorSelection(selection, 1 as ActorId, 'range', order);
    expect(new Set(selection.kind === 'actors' ? selection.ids : [])).toEqual(
      new Set(ids(1, 2, 3, 4)),
    );
    expect(nextActorSelection({ kind: 'actors', ids: ids(3) }, 3 as ActorId, 'toggle')).toEqual(
      NOTHING,
    );
  });

  it('drops what no longer exists after a delete or an undo', () => {
    expect(pruneSelection({ kind: 'actors', ids: ids(1, 2) }, new Set([2]), new Set())).toEqual({
      kind: 'actors',
      ids: ids(2),
    });
    expect(pruneSelection({ kind: 'actors', ids: ids(1) }, new Set([2]), new Set())).toEqual(
      NOTHING,
    );
    expect(
      pruneSelection({ kind: 'relation', id: 7 as RelationId }, new Set(), new Set([7])),
    ).toEqual({ kind: 'relation', id: 7 });
    expect(pruneSelection({ kind: 'relation', id: 7 as RelationId }, new Set(), new Set())).toEqual(
      NOTHING,
    );
  });
});
