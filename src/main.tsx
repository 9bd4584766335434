/**
 * Entry point of the verifier PWA. Everything imported here is in the first-load bundle (budget:
 * 40 kB gzipped): keep heavy code behind `import()`.
 */
import { render } from 'preact';
import { App } from './app/App/index.tsx';
import { UpdatePrompt } from './app/UpdatePrompt/index.tsx';
import { openVerifierDb } from './store/db.ts';
import { loadLanguage, resolveLanguage } from './app/i18n/index.ts';
import './lib/font-stack.css';
import './app/styles.css';
import './app/screens.css';
import './app/desk-scale.css';

const openDb = () => openVerifierDb();

// Fetch the browser's language's table while the database opens (a guess the app confirms).
loadLanguage(resolveLanguage('auto')).catch(() => undefined);

render(
  <>
    <UpdatePrompt />
    <App openDb={openDb} origin={location.origin} />
  </>,
  document.getElementById('app')!,
);
