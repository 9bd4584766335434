/** Entry of the registry's holder page: reads the configuration the registry inlined, renders. */
import { render } from 'preact';
import { CONFIG_ELEMENT_ID, parseHolderConfig } from './config.ts';
import type { HolderPageConfig } from './config.ts';
import { HolderPage } from './HolderPage/index.tsx';
import { applyHolderLanguage, chooseHolderLanguage } from './text.ts';
import '../lib/font-stack.css';
import './holder.css';

function readConfig(): HolderPageConfig {
  const element = document.getElementById(CONFIG_ELEMENT_ID);
  try {
    const parsed = parseHolderConfig(JSON.parse(element?.textContent ?? ''));
    if (parsed !== null) return parsed;
  } catch {
    // Served without a configuration (a static preview): run standalone.
  }
  return { mode: 'standalone' };
}

// The page's language is loaded before it renders: no flash of English.
void applyHolderLanguage(chooseHolderLanguage(location.search, navigator.languages)).then(() =>
  render(<HolderPage config={readConfig()} />, document.getElementById('root')!),
);
