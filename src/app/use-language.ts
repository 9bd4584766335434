/**
 * A hook for components to follow the UI language. The i18n module holds the one language in
 * use; this hook keeps no copy of it, it only re-renders the component when it changes.
 */
import { useEffect, useReducer } from 'preact/hooks';
import { currentLanguage, onLanguageChange, type Language } from './i18n/index.ts';

/** The UI language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onLanguageChange(() => rerender(undefined)), []);
  return currentLanguage();
}
