import { LOCALES, type Locale } from '../../shared/domain/vocabulary';
import { useT } from '../hooks/useT';
import { useAppStore } from '../state/store';

const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** Switches the UI language; the choice is remembered. */
export function LanguageSwitcher() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as Locale)}
        aria-label={t('language.label')}
        data-testid="language"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
