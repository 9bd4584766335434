/** The registry call shared by the desk and the holder page: how each kind of answer ends. */
import { describe, expect, it } from 'vitest';
import { callRegistry } from '../../src/lib/registry-call.ts';

const answering =
  (response: Response | Error): typeof fetch =>
  async () => {
    if (response instanceof Error) throw response;
    return response;
  };

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('callRegistry', () => {
  it('hands back the JSON body of a success', async () => {
    const answer = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(json({ txnId: 't' })),
    });
    expect(answer).toMatchObject({ kind: 'ok', body: { txnId: 't' } });
  });

  it('ends a failed transport as NETWORK, and a success that is not JSON apart', async () => {
    const down = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(new TypeError('Failed to fetch')),
    });
    expect(down).toEqual({ kind: 'transport', code: 'NETWORK' });
    const html = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(new Response('<p>hello</p>', { headers: { 'Content-Type': 'text/html' } })),
    });
    expect(html.kind).toBe('not-json');
  });

  it("reads a refusal's code, tries left and wait, from the body or the Retry-After header", async () => {
    const wrong = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(json({ errorCode: 'USRAUT0014', triesLeft: 2 }, 401)),
    });
    expect(wrong).toMatchObject({
      kind: 'refused',
      refusal: { errorCode: 'USRAUT0014', triesLeft: 2 },
    });
    const limited = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(json({ errorCode: 'USRAUT0016' }, 429, { 'Retry-After': '30' })),
    });
    expect(limited).toMatchObject({ refusal: { errorCode: 'USRAUT0016', retryAfterS: 30 } });
    const unknown = await callRegistry('http://127.0.0.1:1/x', {
      fetch: answering(json({ errorCode: 'NOT_A_CODE', triesLeft: -1 }, 500)),
    });
    // A code SPEC §3 does not know, and a negative count, are not passed on.
    expect(unknown).toEqual({
      kind: 'refused',
      response: expect.any(Response),
      refusal: { errorCode: null },
    });
  });
});
