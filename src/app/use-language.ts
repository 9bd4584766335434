/** A hook for components outside the app root (the update prompt) to follow the UI language. */
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, onLanguageChange, type Language } from './i18n/index.ts';

/** The UI language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const [language, setLanguage] = useState(currentLanguage);
  useEffect(() => onLanguageChange(setLanguage), []);
  return language;
}
