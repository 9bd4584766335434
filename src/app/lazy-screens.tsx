/**
 * The screens a QR check never needs (the OTP desk and Settings) load on first use, outside the
 * first-load bundle; the home screen asks for them early, so they open at once. The service
 * worker precaches them, so they open offline too.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n/index.ts';

const LOADERS = {
  desk: () => import('./Desk/index.tsx').then((module) => module.Desk as ComponentType),
  settings: () => import('./Settings/index.tsx').then((module) => module.Settings as ComponentType),
};

/** A screen loaded on first use. */
export type LazyScreenName = keyof typeof LOADERS;

const pending = new Map<LazyScreenName, Promise<ComponentType>>();

/** The screen's component, downloaded once; a failed download is retried on the next call. */
export function loadScreen(name: LazyScreenName): Promise<ComponentType> {
  let job = pending.get(name);
  if (!job) {
    job = LOADERS[name]();
    job.catch(() => pending.delete(name));
    pending.set(name, job);
  }
  return job;
}

/** Starts downloading every lazy screen (from the home screen). */
export function preloadScreens(): void {
  for (const name of Object.keys(LOADERS) as LazyScreenName[]) {
    loadScreen(name).catch(() => undefined);
  }
}

/** Shows the screen once loaded; says so when it cannot be loaded. */
export function LazyScreen({ name }: { name: LazyScreenName }) {
  const [loaded, setLoaded] = useState<{ Screen: ComponentType } | 'failed' | null>(null);
  useEffect(() => {
    let alive = true;
    loadScreen(name).then(
      (Screen) => alive && setLoaded({ Screen }),
      () => alive && setLoaded('failed'),
    );
    return () => {
      alive = false;
    };
  }, [name]);
  if (loaded && loaded !== 'failed') return <loaded.Screen />;
  return (
    <main class="screen">
      {loaded === 'failed' ? (
        <p class="warning" role="alert">
          {t('app.screenError')}
        </p>
      ) : (
        <p class="note">{t('app.loading')}</p>
      )}
    </main>
  );
}
