import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { LOCALES, isMessageKey, translate } from '@weegschaal/core';
import type { Locale, MessageKey } from '@weegschaal/core';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey): string;
  /** for keys composed at run time; falls back to the key itself so a gap is visible */
  tDynamic(key: string): string;
}

const LocaleContext = createContext<LocaleState | null>(null);
const STORAGE_KEY = 'weegschaal.locale';

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((l) => l === stored) ?? 'nl';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale,
      t: (key) => translate(locale, key),
      tDynamic: (key) => (isMessageKey(key) ? translate(locale, key) : key),
    }),
    [locale, setLocale],
  );
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}
