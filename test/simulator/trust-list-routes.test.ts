/**
 * The simulator's signed trust list (SPEC §10): served as `application/jose`, named in its
 * configuration with its signer's thumbprint, signed again with `seq` + 1 on each revocation.
 */
import { describe, expect, it } from 'vitest';
import { verifyCredential, verifyTrustList } from '../../src/protocol/index.ts';
import { jsonPost, makeSim, type Sim } from './fixture.ts';

async function configuration(sim: Sim) {
  const response = await sim.request('/.well-known/kycvs-configuration');
  return (await response.json()) as { trust_list_uri: string; trust_list_key: string };
}

async function signedList(sim: Sim) {
  const response = await sim.request('/.well-known/kycvs-trust-list.jws');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/jose');
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  return response.text();
}

describe('the signed trust list', () => {
  it('is named in the configuration and signed by the key it names', async () => {
    const sim = await makeSim();
    const config = await configuration(sim);
    expect(config.trust_list_uri).toMatch(/\/\.well-known\/kycvs-trust-list\.jws$/);
    expect(config.trust_list_key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const verdict = await verifyTrustList(await signedList(sim), {
      thumbprint: config.trust_list_key,
      now: new Date(sim.nowMs()),
    });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.list.eudcc).toHaveLength(1);
    expect(verdict.list.divoc).toHaveLength(2);
    expect(verdict.list.shc).toHaveLength(1);
    // The same content is served with the same seq, so a tablet never sees a rollback.
    const again = await verifyTrustList(await signedList(sim));
    expect(again.ok && again.list.seq).toBe(verdict.list.seq);
    expect(again.ok && again.hash).toBe(verdict.hash);
  });

  it('keeps its trust key and seq across a restart on the same data dir', async () => {
    const sim = await makeSim();
    const first = await configuration(sim);
    const list = await verifyTrustList(await signedList(sim));
    sim.registry.close();
    const reopened = await makeSim({ dataDir: sim.dataDir });
    expect((await configuration(reopened)).trust_list_key).toBe(first.trust_list_key);
    const after = await verifyTrustList(await signedList(reopened));
    expect(after.ok && after.list.seq).toBe(list.ok && list.list.seq);
  });

  it('POST /dev/revocations re-signs with seq + 1, and the code then reads REVOKED', async () => {
    const sim = await makeSim();
    const now = new Date(sim.nowMs());
    const issued = await sim.request(
      '/dev/credentials',
      jsonPost({
        format: 'eudcc',
        full_name: 'Kavya Nair',
        birth_date: '1992-08-17',
        doses: 2,
        total_doses: 2,
      }),
    );
    const { qr_text } = (await issued.json()) as { qr_text: string };
    const held = await verifyTrustList(await signedList(sim));
    if (!held.ok) throw new Error(held.code);
    const accepted = await verifyCredential(qr_text, held.list, { now });
    if (!accepted.ok) throw new Error(accepted.code);

    const response = await sim.request(
      '/dev/revocations',
      jsonPost({ format: 'eudcc', id: accepted.id }),
    );
    expect(response.status).toBe(200);
    const { seq } = (await response.json()) as { seq: number };
    expect(seq).toBe(held.list.seq + 1);
    const next = await verifyTrustList(await signedList(sim), {
      heldSeq: held.list.seq,
      heldHash: held.hash,
    });
    if (!next.ok) throw new Error(next.code);
    expect(next.list.seq).toBe(seq);
    expect(await verifyCredential(qr_text, next.list, { now })).toEqual({
      ok: false,
      format: 'eudcc',
      code: 'REVOKED',
    });
  });

  it('refuses a bad revocation request with 400, an unknown card with 404, a LAN peer with 403', async () => {
    const sim = await makeSim();
    const bad = await sim.request('/dev/revocations', jsonPost({ format: 'kycvs', id: 'x' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    const unknown = await sim.request(
      '/dev/revocations',
      jsonPost({ format: 'shc', id: 'a'.repeat(64) }),
    );
    expect(unknown.status).toBe(404);
    const lan = await sim.request(
      '/dev/revocations',
      jsonPost({ format: 'divoc', id: '123' }),
      '192.168.1.20',
    );
    expect(lan.status).toBe(403);
  });

  it('is documented in /openapi.json', async () => {
    const sim = await makeSim();
    const doc = (await (await sim.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    expect(doc.paths['/dev/revocations']?.post).toBeDefined();
    const get = doc.paths['/.well-known/kycvs-trust-list.jws']?.get;
    expect(Object.keys(get?.responses['200']?.content ?? {})).toEqual(['application/jose']);
  });
});
