import { actionLabel } from '../../i18n/labels';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/** Undo and redo, naming the action they would revert or replay, plus the autosave state. */
export function HistoryButtons() {
  const t = useT();
  const history = useAppStore((s) => s.map?.history);
  const pending = useAppStore((s) => s.pending);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const actionName = (label: string | null | undefined) => actionLabel(t, label);
  return (
    <div className="history">
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!history?.canUndo}
        title={
          history?.canUndo
            ? t('shell.undoAction', { action: actionName(history.undoLabel) })
            : t('shell.undo')
        }
      >
        ↶ {t('shell.undo')}
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!history?.canRedo}
        title={
          history?.canRedo
            ? t('shell.redoAction', { action: actionName(history.redoLabel) })
            : t('shell.redo')
        }
      >
        ↷ {t('shell.redo')}
      </button>
      <span className="save-state" data-testid="save-state" aria-live="polite">
        {pending > 0 ? t('shell.saving') : t('shell.saved')}
      </span>
    </div>
  );
}
