// The active language: Dutch by default, English with ?lang=en. Texts live in nl.ts and en.ts.
import { createContext, type ReactNode, use, useContext, useMemo } from 'react';
import type { Text } from '../../indicators/schema.ts';
import { buildHref } from '../router.tsx';
import { type Messages, nl } from './nl.ts';

export type Lang = 'nl' | 'en';

// English is the second language: its texts are loaded when first asked for, so a Dutch page does not carry them
// (~10 KB gzip on every page). Should loading fail, the page stays in Dutch rather than blank.
let english: Promise<Messages> | null = null;
const englishMessages = () => {
  english ??= import('./en.ts').then(
    (m) => m.en,
    () => nl,
  );
  return english;
};

export function langFrom(query: URLSearchParams): Lang {
  return query.get('lang') === 'en' ? 'en' : 'nl';
}

interface I18n {
  lang: Lang;
  t: Messages;
  /** An address in the current language. */
  href: (path: string, params?: Record<string, string | number | undefined | null>) => string;
  /** The text of a catalogue field in the current language. */
  text: (value: Text | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Suspends (needs a Suspense boundary above it) while the English texts load. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = lang === 'en' ? use(englishMessages()) : nl;
  const value = useMemo<I18n>(
    () => ({
      lang,
      t,
      href: (path, params) => buildHref(path, params, lang),
      text: (v) => (v ? v[lang] || v.nl : ''),
    }),
    [lang, t],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
