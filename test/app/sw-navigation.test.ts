/** Which navigations the service worker answers with the app shell (vite.config.ts). */
import { describe, expect, it } from 'vitest';
import { REGISTRY_NAVIGATIONS, SHELL_NAVIGATIONS } from '../../vite.config.ts';

/** As workbox's NavigationRoute decides: denylist first, on pathname + search. */
function servesShell(url: string): boolean {
  const { pathname, search } = new URL(url, 'http://app.example');
  const target = pathname + search;
  if (REGISTRY_NAVIGATIONS.some((pattern) => pattern.test(target))) return false;
  return SHELL_NAVIGATIONS.some((pattern) => pattern.test(target));
}

describe('service worker navigation fallback', () => {
  it('serves the app shell for the start URL, with or without a query', () => {
    for (const url of ['/', '/index.html', '/?source=pwa', '/index.html?utm_source=homescreen']) {
      expect(servesShell(url), url).toBe(true);
    }
  });

  it('never serves the app shell for the registry, its pages or other paths', () => {
    for (const url of [
      '/v3/vaccination/status/knowYourStatus?client_id=gate-1',
      '/dev/sms?mobile_number=9876543210',
      '/.well-known/jwks.json',
      '/holder/',
      '/index.htmlx',
      '/other?x=/',
    ]) {
      expect(servesShell(url), url).toBe(false);
    }
  });
});
