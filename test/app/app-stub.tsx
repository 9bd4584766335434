/** Renders a screen inside an `AppContext` whose state and actions the test controls. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { AppContext, type AppApi } from '../../src/app/context.ts';

/** An AppApi with harmless defaults; pass overrides for what the test looks at. */
export function stubApp(overrides: Partial<AppApi> = {}): AppApi {
  const app: Omit<AppApi, 'configured'> = {
    settings: {
      registryUrl: 'http://127.0.0.1:4010',
      verifierId: 'gate-1',
      apiKey: 'key-1',
      trustListUrl: '',
      trustListKey: '',
    },
    health: { hasKeys: true, fetchedAt: 0, stale: false, clockSkewMs: 0, clockWarning: false },
    trustList: null,
    trustListRefresh: null,
    keySources: [{ issuer: 'http://localhost:4010', registry: 'http://127.0.0.1:4010' }],
    online: true,
    refresh: { running: false, last: null },
    navigate: vi.fn(),
    refreshKeys: vi.fn(async () => ({
      ok: true as const,
      iss: 'http://localhost:4010',
      changed: false,
      clockSkewMs: 0,
    })),
    saveSettings: vi.fn(async () => undefined),
    checkCode: vi.fn(async () => ({
      kind: 'invalid' as const,
      format: 'kycvs' as const,
      code: 'MALFORMED' as const,
      staleKeys: false,
      clockWarning: false,
    })),
    checkDeskToken: vi.fn(async () => ({
      kind: 'status' as const,
      format: 'kycvs' as const,
      status: 2 as const,
      name: 'Asha Verma',
      mob: '4321',
      issuedAt: 0,
      staleKeys: false,
      clockWarning: false,
    })),
    preferences: {
      language: 'en',
      sound: false,
      vibration: false,
      kiosk: false,
      retentionDays: 30,
    },
    savePreferences: vi.fn(async () => undefined),
    todayCounts: {
      full: 0,
      partial: 0,
      none: 0,
      repeat: 0,
      invalid: 0,
      'cannot-verify': 0,
      other: 0,
    },
    pinSet: false,
    unlocked: true,
    unlock: vi.fn(async () => ({ ok: true as const })),
    lock: vi.fn(),
    setPin: vi.fn(async () => undefined),
    countLog: vi.fn(async () => 0),
    exportLog: vi.fn(async () => 'time,method,verdict,status,id hash,initials\r\n'),
    clearLog: vi.fn(async () => undefined),
    prepareCheck: vi.fn(),
    primeFeedback: vi.fn(),
    event: null,
    createEvent: vi.fn(async () => undefined),
    joinEvent: vi.fn(async () => undefined),
    leaveEvent: vi.fn(async () => undefined),
    exportEvent: vi.fn(async () => 'entry,gate,time,method,format,verdict,tag\r\n'),
    invite: null,
    openInvite: vi.fn(),
    ...overrides,
  };
  // As the core says (src/core/verifier.ts): a verifier id and an API key are both set.
  const configured = app.settings.verifierId !== '' && app.settings.apiKey !== '';
  return {
    configured,
    ...app,
    ...(overrides.configured === undefined ? {} : { configured: overrides.configured }),
  };
}

/** Renders `children` with `app` as the app context. */
export function renderWithApp(app: AppApi, children: ComponentChildren) {
  return render(<AppContext.Provider value={app}>{children}</AppContext.Provider>);
}
