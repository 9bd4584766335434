/**
 * `POST /dev/credentials` (SPEC §3) and `GET /.well-known/kycvs-trust-list.json` (SPEC §9): codes
 * of every format issued through the app verify with the trust list it publishes.
 */
import { describe, expect, it } from 'vitest';
import { verifyCredential, type TrustStore } from '../../src/protocol/index.ts';
import { BASE, jsonPost, makeSim, type Sim } from './fixture.ts';

const PERSON = { full_name: 'Kavya Nair', birth_date: '1992-08-17' };

async function trustList(sim: Sim): Promise<TrustStore> {
  const response = await sim.request('/.well-known/kycvs-trust-list.json');
  expect(response.status).toBe(200);
  return (await response.json()) as TrustStore;
}

async function issue(sim: Sim, body: unknown, peer?: string): Promise<Response> {
  return sim.request('/dev/credentials', jsonPost(body), peer);
}

describe('POST /dev/credentials', () => {
  it.each([
    ['divoc', 'qr_bytes'],
    ['eudcc', 'qr_text'],
    ['shc', 'qr_text'],
  ] as const)(
    'issues a %s code (%s) that the published trust list verifies',
    async (format, field) => {
      const sim = await makeSim();
      const trust = await trustList(sim);
      const now = new Date(sim.nowMs());
      for (const [doses, status] of [
        [1, 1],
        [2, 2],
      ] as const) {
        const response = await issue(sim, { ...PERSON, format, doses, total_doses: 2 });
        expect(response.status).toBe(201);
        const body = (await response.json()) as Record<string, string>;
        expect(Object.keys(body)).toEqual([field]);
        const input =
          field === 'qr_bytes' ? new Uint8Array(Buffer.from(body[field]!, 'base64')) : body[field]!;
        const verdict = await verifyCredential(input, trust, { now });
        expect(verdict).toMatchObject({
          ok: true,
          format,
          status,
          name: 'Kavya Nair',
          birthDate: '1992-08-17',
        });
      }
    },
  );

  it.each([
    { ...PERSON, format: 'vds', doses: 1, total_doses: 2 },
    { ...PERSON, format: 'shc', doses: 0, total_doses: 2 },
    { ...PERSON, format: 'shc', doses: 1.5, total_doses: 2 },
    { ...PERSON, format: 'shc', doses: 1, total_doses: 2, birth_date: '17-08-1992' },
    { ...PERSON, format: 'eudcc', doses: 1, total_doses: 2, full_name: '  ' },
    { format: 'divoc', doses: 1, total_doses: 2 },
    'not an object',
  ])('rejects a bad request with 400 REQVAL0001: %j', async (body) => {
    const sim = await makeSim();
    const response = await issue(sim, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('answers only a loopback peer', async () => {
    const sim = await makeSim();
    const response = await issue(
      sim,
      { ...PERSON, format: 'shc', doses: 1, total_doses: 2 },
      '192.168.1.20',
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });
});

describe('GET /.well-known/kycvs-trust-list.json', () => {
  it('publishes one key per format, public halves only, readable from any origin', async () => {
    const sim = await makeSim();
    const response = await sim.request('/.well-known/kycvs-trust-list.json', {
      headers: { Origin: 'https://gate.example' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const text = await response.text();
    expect(text).not.toMatch(/PRIVATE KEY|"d":/);
    const list = JSON.parse(text) as Required<TrustStore>;
    expect(list.divoc.map((entry) => entry.type).sort()).toEqual([
      'Ed25519VerificationKey2018',
      'RsaVerificationKey2018',
    ]);
    expect(list.eudcc).toHaveLength(1);
    expect(list.shc).toEqual([expect.objectContaining({ iss: BASE })]);
  });

  it('answers a conditional GET with 304 and keeps its keys across a restart', async () => {
    const sim = await makeSim();
    const first = await sim.request('/.well-known/kycvs-trust-list.json');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await sim.request('/.well-known/kycvs-trust-list.json', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const list = await first.text();
    sim.registry.close();
    const restarted = await makeSim({ dataDir: sim.dataDir });
    expect(await (await restarted.request('/.well-known/kycvs-trust-list.json')).text()).toBe(list);
  });

  it('names the issuer URL the simulator was given once its port is known', async () => {
    const sim = await makeSim();
    sim.registry.setBaseUrl('http://localhost:9191');
    const list = (await trustList(sim)) as Required<TrustStore>;
    expect(list.shc[0]!.iss).toBe('http://localhost:9191');
  });
});
