import { VIEW_IDS } from '../../../shared/domain/vocabulary';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/** The tabs of the main window: Map, Journey, Actors, Communities, Crisis, Dashboard. */
export function ViewSwitcher() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <nav className="view-switcher" role="tablist">
      {VIEW_IDS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={view === id}
          className={view === id ? 'active' : ''}
          onClick={() => setView(id)}
        >
          {t(`view.${id}`)}
        </button>
      ))}
    </nav>
  );
}
