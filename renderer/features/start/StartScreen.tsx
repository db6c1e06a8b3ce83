import { useState, type FormEvent } from 'react';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/** Shown when no map is open: recent maps, a new map, open a file, or the demo. */
export function StartScreen() {
  const t = useT();
  const appInfo = useAppStore((s) => s.appInfo);
  const recent = useAppStore((s) => s.recent);
  const { openMap, createMap, openDemo, pickAndOpen, forgetRecent } = useAppStore.getState();
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const canPick = appInfo?.canPickFiles ?? false;

  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void createMap(name.trim(), name.trim());
  };
  const submitOpen = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void openMap(path.trim());
  };

  return (
    <div className="start-screen">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitcher />
      </header>
      <div className="start-columns">
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('start.recent')}</h2>
          {recent.length === 0 ? <p className="empty-hint">{t('start.noRecent')}</p> : null}
          <ul className="recent-list">
            {recent.map((m) => (
              <li key={m.path}>
                <button
                  type="button"
                  className="recent-open"
                  disabled={!m.exists}
                  onClick={() => void openMap(m.path)}
                  title={m.path}
                >
                  <span className="recent-name">{m.name}</span>
                  <span className="recent-path">{m.exists ? m.path : t('start.missing')}</span>
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => void forgetRecent(m.path)}
                  aria-label={`${t('start.forget')}: ${m.name}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="start-actions">
          <h2>{t('start.newMap')}</h2>
          {canPick ? (
            <button type="button" className="primary" onClick={() => void pickAndOpen('create')}>
              {t('start.newMap')}
            </button>
          ) : (
            <form onSubmit={submitNew} className="inline-form">
              <label htmlFor="new-map-name">{t('start.newMapName')}</label>
              <input
                id="new-map-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={200}
              />
              <button type="submit" className="primary" disabled={!name.trim()}>
                {t('common.create')}
              </button>
              {appInfo ? (
                <span className="field-hint">
                  {t('start.newMapHint', { folder: appInfo.defaultMapFolder })}
                </span>
              ) : null}
            </form>
          )}
          <h2>{t('start.openFile')}</h2>
          {canPick ? (
            <button type="button" onClick={() => void pickAndOpen('open')}>
              {t('start.openFile')}
            </button>
          ) : (
            <form onSubmit={submitOpen} className="inline-form">
              <label htmlFor="open-map-path">{t('start.openPath')}</label>
              <input
                id="open-map-path"
                value={path}
                onChange={(e) => setPath(e.target.value)}
                placeholder={
                  appInfo ? `${appInfo.defaultMapFolder}/client.influmap` : 'client.influmap'
                }
              />
              <button type="submit" disabled={!path.trim()}>
                {t('common.open')}
              </button>
              {appInfo ? (
                <span className="field-hint">
                  {t('start.openPathHint', { folder: appInfo.defaultMapFolder })}
                </span>
              ) : null}
            </form>
          )}
          <h2>{t('start.openDemo')}</h2>
          <p className="field-hint">{t('start.demoHint')}</p>
          <button type="button" onClick={() => void openDemo()} data-testid="open-demo">
            {t('start.openDemo')}
          </button>
        </section>
      </div>
    </div>
  );
}
