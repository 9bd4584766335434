/** The idle warm-up check: a real KYC-VS token through the whole QR path, recorded nowhere. */
import { describe, expect, it } from 'vitest';
import { checkScanned } from '../../src/core/check.ts';
import { makeWarmToken, warmCheck } from '../../src/core/warm-check.ts';
import { encodeBase64url, jwsToQrText } from '../../src/protocol/index.ts';

const encoders = { encodeBase64url, jwsToQrText };

describe('makeWarmToken', () => {
  it('signs a token that the QR path verifies as a status, so every step of a check runs', async () => {
    const now = Date.now();
    const warm = await makeWarmToken(encoders, now);
    expect(warm?.text.startsWith('kycvs:/')).toBe(true);
    const outcome = await checkScanned(warm!.text, {
      issuers: async () => [warm!.issuer],
      online: () => false,
      refresh: async () => null,
      now: () => now,
    });
    expect(outcome).toMatchObject({ kind: 'status', format: 'kycvs', status: 2, name: 'Warm Up' });
  });

  it('answers null where WebCrypto cannot make its key', async () => {
    const generateKey = crypto.subtle.generateKey;
    Object.defineProperty(crypto.subtle, 'generateKey', {
      value: async () => {
        throw new DOMException('not here', 'NotSupportedError');
      },
      configurable: true,
    });
    try {
      expect(await makeWarmToken(encoders, Date.now())).toBeNull();
    } finally {
      Object.defineProperty(crypto.subtle, 'generateKey', {
        value: generateKey,
        configurable: true,
      });
    }
  });
});

describe('warmCheck', () => {
  it('hands the token to the check once, offline, trusting only its own issuer', async () => {
    const outcomes: string[] = [];
    await warmCheck(
      {
        ...encoders,
        check: async (text, context) => {
          const outcome = await checkScanned(text, context);
          outcomes.push(outcome.kind);
          expect(context.online()).toBe(false);
          expect(await context.refresh()).toBeNull();
          expect((await context.issuers()).map((issuer) => issuer.iss)).toEqual([
            'https://warm-up.invalid',
          ]);
          return outcome;
        },
      },
      Date.now,
    );
    expect(outcomes).toEqual(['status']);
  });
});
