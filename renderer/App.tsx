import { useEffect } from 'react';
import { NoticeBanner } from './components/NoticeBanner';
import { MainWindow } from './features/shell/MainWindow';
import { StartScreen } from './features/start/StartScreen';
import { useFileDrop } from './hooks/useFileDrop';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { useMenuCommands } from './hooks/useMenuCommands';
import { useT } from './hooks/useT';
import { applyValidationLocale } from './i18n/validationLocale';
import { useAppStore } from './state/store';

export function App() {
  const t = useT();
  const booted = useAppStore((s) => s.booted);
  const map = useAppStore((s) => s.map);
  const locale = useAppStore((s) => s.locale);
  useGlobalShortcuts();
  useMenuCommands();
  useFileDrop();

  useEffect(() => {
    void useAppStore.getState().boot();
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    applyValidationLocale(locale);
  }, [locale]);

  return (
    <>
      <NoticeBanner />
      {!booted ? (
        <p className="loading">{t('common.loading')}</p>
      ) : map ? (
        <MainWindow />
      ) : (
        <StartScreen />
      )}
    </>
  );
}
