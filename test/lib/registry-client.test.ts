/** The desk's registry client: the shared error codes (SPEC 3) and only `triesLeft`. */
import { describe, expect, it } from 'vitest';
import { RegistryError, confirmOtp, generateOtp } from '../../src/lib/registry-client.ts';
import { fakeFetch, json } from '../store/fake-registry.ts';

const SETTINGS = {
  registryUrl: 'https://r.example',
  verifierId: 'gate-1',
  apiKey: 'key-1',
  trustListUrl: '',
  trustListKey: '',
};
const CONFIRM = '/v3/vaccination/confirmOTP';

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

describe('the registry client', () => {
  it('reads the tries left from `triesLeft` only', async () => {
    const registry = fakeFetch({
      [CONFIRM]: [
        json({ errorCode: 'USRAUT0014', error: 'Wrong OTP', triesLeft: 1 }, 400),
        json({ errorCode: 'USRAUT0014', error: 'Wrong OTP', tries_left: 1, attemptsLeft: 1 }, 400),
      ],
    });
    const options = { fetch: registry.fetch };
    const first = await failure(confirmOtp(SETTINGS, 't', 'h', options));
    expect(first).toMatchObject({ code: 'USRAUT0014', triesLeft: 1 });
    const second = await failure(confirmOtp(SETTINGS, 't', 'h', options));
    expect(second).toMatchObject({ code: 'USRAUT0014', triesLeft: undefined });
  });

  it('keeps every code of the shared list it can explain, and calls server failures SERVER', async () => {
    const cases: [unknown, number, string][] = [
      [{ errorCode: 'APIKEY0002', error: 'origin' }, 403, 'APIKEY0002'],
      [{ errorCode: 'USRAUT0016', error: 'slow down' }, 429, 'USRAUT0016'],
      [{ errorCode: 'SERVER0503', error: 'down' }, 503, 'SERVER'],
      [{ errorCode: 'NOTFOUND0001', error: 'no' }, 404, 'SERVER'],
      [{ errorCode: 'MADEUP0001', error: '?' }, 401, 'APIKEY0001'],
      [{ errorCode: 'MADEUP0001', error: '?' }, 500, 'SERVER'],
    ];
    for (const [body, status, code] of cases) {
      const registry = fakeFetch({ '/v3/vaccination/generateOTP': [json(body, status)] });
      const error = await failure(
        generateOtp(SETTINGS, '9876543210', 'A', { fetch: registry.fetch }),
      );
      expect(error.code, JSON.stringify(body)).toBe(code);
    }
  });

  it('calls a 200 without the expected field BAD_RESPONSE', async () => {
    const registry = fakeFetch({ '/v3/vaccination/generateOTP': [json({ txn: 'x' })] });
    const error = await failure(
      generateOtp(SETTINGS, '9876543210', 'A', { fetch: registry.fetch }),
    );
    expect(error.code).toBe('BAD_RESPONSE');
  });
});
