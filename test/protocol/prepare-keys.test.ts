/** Keys imported ahead of the first verification, each once, and only usable ES256 keys. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearKeyCache,
  importVerificationKey,
  prepareVerificationKeys,
} from '../../src/protocol/key-cache.ts';
import { publicJwk } from '../fixtures/tokens.ts';

afterEach(() => {
  vi.restoreAllMocks();
  clearKeyCache();
});

describe('prepareVerificationKeys', () => {
  it('imports each usable key once; a verification then finds it imported', async () => {
    const jwk = await publicJwk('registry');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    prepareVerificationKeys([
      { keys: [jwk, { kty: 'RSA', n: 'AQAB', e: 'AQAB' }] },
      { keys: [{ ...jwk, alg: 'RS256' }] },
      {},
    ]);
    expect(importKey).toHaveBeenCalledTimes(1);
    const key = await importVerificationKey({ x: jwk.x!, y: jwk.y! });
    expect(key.usages).toEqual(['verify']);
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('never rejects, even for a key the platform refuses', () => {
    expect(() =>
      prepareVerificationKeys([{ keys: [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }] }]),
    ).not.toThrow();
  });
});
