/**
 * Which navigations the service worker answers with the app shell: the lists vite.config.ts
 * hands to vite-plugin-pwa, run through Workbox's own NavigationRoute (the route the generated
 * service worker registers for `navigateFallback`), not through a copy of its rules.
 */
import { describe, expect, it, vi } from 'vitest';
import { REGISTRY_NAVIGATIONS, SHELL_NAVIGATIONS } from '../../vite.config.ts';

// Workbox's development logger reads its switch from the worker's global scope, `self`, which
// Node lacks: the global object stands in for it, with the logs turned off.
vi.stubGlobal('self', globalThis);
vi.stubGlobal('__WB_DISABLE_DEV_LOGS', true);
const { NavigationRoute } = await import('workbox-routing');

const ORIGIN = 'http://app.example';
const shell = new NavigationRoute(() => Promise.resolve(new Response('shell')), {
  allowlist: SHELL_NAVIGATIONS,
  denylist: REGISTRY_NAVIGATIONS,
});

/** Whether Workbox's route claims a request of `mode` for `path` on the app's origin. */
function servesShell(path: string, mode: RequestMode = 'navigate'): boolean {
  const url = new URL(path, ORIGIN);
  const request = { mode, url: url.href } as unknown as Request;
  const options = { url, request, sameOrigin: true, event: {} };
  const matched = shell.match(options as unknown as Parameters<typeof shell.match>[0]);
  return Boolean(matched);
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
      '/api/v3/vaccination/status/knowYourStatus',
      '/dev/sms?mobile_number=9876543210',
      '/.well-known/jwks.json',
      '/holder/',
      '/index.htmlx',
      '/other?x=/',
    ]) {
      expect(servesShell(url), url).toBe(false);
    }
  });

  it('answers only navigations, never a fetch of the same URL', () => {
    for (const mode of ['cors', 'no-cors', 'same-origin'] as RequestMode[]) {
      expect(servesShell('/', mode), mode).toBe(false);
    }
  });
});
