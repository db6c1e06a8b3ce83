import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { ActorsView } from '../actors/ActorsView';
import { CommunitiesView } from '../communities/CommunitiesView';
import { MapView } from '../influence-map/MapView';
import { SettingsDialog } from '../settings/SettingsDialog';
import { Inspector } from '../inspector/Inspector';
import { CrisisView } from '../crisis/CrisisView';
import { DashboardView } from '../dashboard/DashboardView';
import { ImportDialog } from '../import/ImportDialog';
import { JourneyView } from '../journey/JourneyView';
import { HistoryButtons } from './HistoryButtons';
import { ViewSwitcher } from './ViewSwitcher';

/** The window of an open map: header, view switcher, the current view and the inspector. */
export function MainWindow() {
  const t = useT();
  const map = useAppStore((s) => s.map);
  const view = useAppStore((s) => s.view);
  const closeMap = useAppStore((s) => s.closeMap);
  const settingsOpen = useAppStore((s) => s.settingsOpen);
  const setSettingsOpen = useAppStore((s) => s.setSettingsOpen);
  const importFiles = useAppStore((s) => s.importFiles);
  const setImportFiles = useAppStore((s) => s.setImportFiles);
  return (
    <div className="main-window">
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <h1 className="map-name" title={map?.path}>
          {map?.settings.name}
        </h1>
        <ViewSwitcher />
        <HistoryButtons />
        <LanguageSwitcher />
        <button type="button" onClick={() => setSettingsOpen(true)}>
          {t('settings.open')}
        </button>
        <button type="button" onClick={() => void closeMap()}>
          {t('shell.closeMap')}
        </button>
      </header>
      <main className="workspace">
        <div className="view-area">
          {view === 'map' ? (
            <MapView />
          ) : view === 'actors' ? (
            <ActorsView />
          ) : view === 'communities' ? (
            <CommunitiesView />
          ) : view === 'crisis' ? (
            <CrisisView />
          ) : view === 'dashboard' ? (
            <DashboardView />
          ) : (
            <JourneyView />
          )}
        </div>
        <Inspector />
      </main>
      {importFiles ? (
        <ImportDialog files={importFiles} onClose={() => setImportFiles(null)} />
      ) : null}
      {settingsOpen && map ? (
        <SettingsDialog settings={map.settings} onClose={() => setSettingsOpen(false)} />
      ) : null}
    </div>
  );
}
