import { useEffect } from 'react';
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
import { ReportButton } from '../report/ReportButton';
import { ReportDialog } from '../report/ReportDialog';
import { StoriesButton } from '../stories/StoriesButton';
import { StoriesDialog } from '../stories/StoriesDialog';
import { HistoryButtons } from './HistoryButtons';
import { ViewSwitcher } from './ViewSwitcher';

/**
 * The window of an open map: header, view switcher, the current view and the inspector, and the
 * dialogs the header opens (stories, report, settings).
 */
export function MainWindow() {
  const t = useT();
  const map = useAppStore((s) => s.map);
  const view = useAppStore((s) => s.view);
  const closeMap = useAppStore((s) => s.closeMap);
  const settingsOpen = useAppStore((s) => s.settingsOpen);
  const setSettingsOpen = useAppStore((s) => s.setSettingsOpen);
  const importFiles = useAppStore((s) => s.importFiles);
  const setImportFiles = useAppStore((s) => s.setImportFiles);
  const reportOpen = useAppStore((s) => s.reportOpen);
  const setReportOpen = useAppStore((s) => s.setReportOpen);
  const storiesOpen = useAppStore((s) => s.storiesOpen);
  const setStoriesOpen = useAppStore((s) => s.setStoriesOpen);
  // A dialog left open when the map closes must not greet the next map.
  useEffect(
    () => () => {
      setReportOpen(false);
      setStoriesOpen(false);
    },
    [setReportOpen, setStoriesOpen],
  );
  return (
    <div className="main-window">
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        {/* The name may be cut when the header is full: its tooltip gives it whole. */}
        <h1 className="map-name" title={map ? `${map.settings.name} — ${map.path}` : undefined}>
          {map?.settings.name}
        </h1>
        <ViewSwitcher />
        <HistoryButtons />
        <LanguageSwitcher />
        <StoriesButton />
        <ReportButton />
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
      {storiesOpen && map ? <StoriesDialog onClose={() => setStoriesOpen(false)} /> : null}
      {reportOpen && map ? <ReportDialog onClose={() => setReportOpen(false)} /> : null}
      {settingsOpen && map ? (
        <SettingsDialog settings={map.settings} onClose={() => setSettingsOpen(false)} />
      ) : null}
    </div>
  );
}
