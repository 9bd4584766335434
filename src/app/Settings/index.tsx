/**
 * Settings: behind the PIN once one is saved (SPEC §8); then the registry and this verifier's
 * credentials, the PIN, the held keys and trust list (SPEC §10), the event (SPEC §11), the desk's
 * preferences and the verification log. An event invitation puts the event first.
 */
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { KeyPanel } from '../KeyPanel/index.tsx';
import { TrustListDetails } from '../KeyPanel/trust-list.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { EventPanel } from './event-panel.tsx';
import { LogPanel } from './log-panel.tsx';
import { PinGate } from './pin-gate.tsx';
import { PreferencesPanel } from './preferences-panel.tsx';

/** The settings screen. */
export function Settings() {
  const app = useApp();
  return (
    <main class="screen">
      <Header title={t('settings.title')} back />
      {app.unlocked ? (
        <>
          {app.invite && <EventPanel invite={app.invite} />}
          <ConnectionForm />
          <h2>{t('settings.keys')}</h2>
          <KeyPanel sources />
          <button
            type="button"
            class="button"
            disabled={app.refresh.running}
            onClick={() => void app.refreshKeys()}
          >
            {t('home.refresh')}
          </button>
          <TrustListDetails />
          {!app.invite && <EventPanel />}
          <PreferencesPanel />
          <LogPanel />
        </>
      ) : (
        <PinGate />
      )}
    </main>
  );
}
