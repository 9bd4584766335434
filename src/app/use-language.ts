/** A hook that re-renders a component when the UI language (held by i18n alone) changes. */
import { useEffect, useReducer } from 'preact/hooks';
import { currentLanguage, subscribeLanguage, type Language } from './i18n/index.ts';

/** The UI language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => subscribeLanguage(() => rerender(undefined)), []);
  return currentLanguage();
}
