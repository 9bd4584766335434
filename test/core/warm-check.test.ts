/** The idle warm-up check: a real KYC-VS token through the whole QR path, recorded nowhere. */
import { describe, expect, it } from 'vitest';
import { warmCheck } from '../../src/core/warm-check.ts';

describe('warmCheck', () => {
  it('verifies its own freshly signed token as a status, so every step of a check has run', async () => {
    const outcome = await warmCheck(Date.now);
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
      expect(await warmCheck(Date.now)).toBeNull();
    } finally {
      Object.defineProperty(crypto.subtle, 'generateKey', {
        value: generateKey,
        configurable: true,
      });
    }
  });
});
