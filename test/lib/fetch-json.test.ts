/** The browser code's one fetch: a time limit, the caller's abort, JSON read without throwing. */
import { describe, expect, it } from 'vitest';
import { TransportError, fetchJson } from '../../src/lib/fetch-json.ts';
import { sha256Hex } from '../../src/protocol/sha256.ts';
import { normaliseMobile } from '../../src/lib/mobile.ts';
import { newNonce } from '../../src/lib/nonce.ts';

const answer =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('fetchJson', () => {
  it('reads a JSON body and sends a JSON one without cookies or the HTTP cache', async () => {
    let seen: RequestInit | undefined;
    const fake = (async (_url: string, init?: RequestInit) => {
      seen = init;
      return new Response('{"txnId":"t-1"}', { status: 200 });
    }) as typeof fetch;
    const { response, body } = await fetchJson('https://r.example/x', {
      method: 'POST',
      body: { a: 1 },
      headers: { 'X-Api-Key': 'k' },
      fetch: fake,
    });
    expect(response.status).toBe(200);
    expect(body).toEqual({ txnId: 't-1' });
    expect(seen).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      credentials: 'omit',
      cache: 'no-store',
    });
    expect(seen!.headers).toMatchObject({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Api-Key': 'k',
    });
  });

  it('gives undefined for an empty, garbled or oversized body, never an exception', async () => {
    for (const text of ['', '{not json', `"${'x'.repeat(100_001)}"`]) {
      const { body } = await fetchJson('https://r.example', {
        fetch: answer(text) as typeof fetch,
      });
      expect(body).toBeUndefined();
    }
  });

  it('fails with TIMEOUT when no answer comes in time', async () => {
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )) as typeof fetch;
    const attempt = fetchJson('https://r.example', { fetch: never, timeoutMs: 5 });
    await expect(attempt).rejects.toBeInstanceOf(TransportError);
    await expect(attempt).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('fails with NETWORK when the network fails or the caller aborts', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchJson('https://r.example', { fetch: down })).rejects.toMatchObject({
      code: 'NETWORK',
    });
    const controller = new AbortController();
    controller.abort();
    const honours = ((_url: string, init?: RequestInit) =>
      init?.signal?.aborted
        ? Promise.reject(new DOMException('aborted', 'AbortError'))
        : Promise.resolve(new Response('{}'))) as typeof fetch;
    await expect(
      fetchJson('https://r.example', { fetch: honours, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('the shared helpers', () => {
  it('hashes as lowercase hex SHA-256', async () => {
    expect(await sha256Hex('123456')).toBe(
      '8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92',
    );
  });

  it('reduces a typed mobile number to its 10 digits, or rejects it', () => {
    expect(normaliseMobile(' 98765 43210 ')).toBe('9876543210');
    expect(normaliseMobile('+91 (98765) 43210')).toBe('9876543210');
    expect(normaliseMobile('0 98765.43210')).toBe('9876543210');
    for (const bad of ['', '98765', '+92 98765 43210', '98765432101', '98765abcde']) {
      expect(normaliseMobile(bad)).toBeNull();
    }
  });

  it('makes 22-character base64url nonces, a new one each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => newNonce()));
    expect(nonces.size).toBe(20);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
