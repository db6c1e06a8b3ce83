import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { BulkActions } from '../actors/BulkActions';
import { ActorInspector } from './ActorInspector';
import { PathFinder } from './PathFinder';
import { RelationInspector } from './RelationInspector';

/** The right-hand panel: whatever is selected, in any view. */
export function Inspector() {
  const t = useT();
  const selection = useAppStore((s) => s.selection);
  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      {selection.kind === 'relation' ? (
        <RelationInspector key={selection.id} id={selection.id} />
      ) : selection.kind === 'actors' &&
        selection.ids.length === 1 &&
        selection.ids[0] !== undefined ? (
        <ActorInspector key={selection.ids[0]} id={selection.ids[0]} />
      ) : selection.kind === 'actors' ? (
        <div className="multi-inspector" data-testid="multi-inspector">
          <BulkActions ids={selection.ids} />
          {selection.ids.length === 2 &&
          selection.ids[0] !== undefined &&
          selection.ids[1] !== undefined ? (
            <PathFinder from={selection.ids[0]} to={selection.ids[1]} />
          ) : null}
        </div>
      ) : (
        <p className="empty-hint">{t('inspector.empty')}</p>
      )}
    </aside>
  );
}
