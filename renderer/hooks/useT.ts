import { useMemo } from 'react';
import { translator, type Translate } from '../i18n/translate';
import { useAppStore } from '../state/store';

/** The translator for the current UI language; components re-render when it changes. */
export function useT(): Translate {
  const locale = useAppStore((s) => s.locale);
  return useMemo(() => translator(locale), [locale]);
}
