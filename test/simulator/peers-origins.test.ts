/**
 * SPEC §3 from outside: /dev by the TCP peer (not Host), keyed requests from unregistered
 * origins, verifier origins, URLs from the issuer, and a client written for CoWIN's base URL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressGroup, isLoopback } from '../../simulator/peer.ts';
import {
  jsonPost,
  makeSim,
  peerEnv,
  registerVerifier,
  tempDir,
  verifyWithJwks,
} from './fixture.ts';
import type { Sim } from './fixture.ts';

const ASHA = { mobile: '9000000001', name: 'Asha Verma' };
const DEV_ROUTES: [string, RequestInit][] = [
  [`/dev/sms?mobile_number=${ASHA.mobile}`, {}],
  ['/dev/persons', jsonPost({ mobile_number: '9222222222', full_name: 'Lan Person' })],
  ['/dev/verifiers', jsonPost({ verifier_id: 'demo-verifier', name: 'Taken over' })],
  ['/dev/keys/rotate', { method: 'POST' }],
  ['/dev/faults', {}],
  ['/dev/faults', jsonPost({ down: true })],
];

describe('/dev answers a loopback TCP peer only', () => {
  it('rejects every /dev route to a LAN peer, whatever Host it sends, and changes nothing', async () => {
    const sim = await makeSim();
    const kid = sim.registry.keys.currentKid;
    const demoKey = sim.registry.demoApiKey;
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', '10.213.0.1:8080']) {
      for (const [path, init] of DEV_ROUTES) {
        const response = await sim.app.request(
          `http://${host}${path}`,
          init,
          peerEnv('10.213.0.2'),
        );
        expect(response.status, `${host}${path}`).toBe(403);
        expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
      }
    }
    expect(sim.registry.keys.currentKid).toBe(kid);
    expect(sim.registry.demoApiKey).toBe(demoKey);
    expect(sim.registry.faults.current.down).toBe(false);
    expect(sim.registry.beneficiaries.match('9222222222', 'Lan Person')).toBeNull();
  });

  it('fails closed when there is no socket to ask (no peer known)', async () => {
    const sim = await makeSim();
    const response = await sim.app.request(`http://localhost:8080/dev/faults`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
  });

  it('answers loopback peers: 127.0.0.0/8, ::1 and IPv4-mapped 127.x', async () => {
    const sim = await makeSim();
    for (const peer of ['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.2']) {
      expect((await sim.request('/dev/faults', {}, peer)).status, peer).toBe(200);
    }
    for (const peer of ['::ffff:10.0.0.1', '::2', 'fe80::1', '128.0.0.1', '0.0.0.0']) {
      expect((await sim.request('/dev/faults', {}, peer)).status, peer).toBe(403);
    }
  });

  it('serves /v3, /api/v3 and the keys to a LAN peer', async () => {
    const sim = await makeSim();
    const lan = '192.168.1.20';
    expect((await sim.request('/.well-known/jwks.json', {}, lan)).status).toBe(200);
    const generated = await sim.request(
      '/api/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: ASHA.mobile, full_name: ASHA.name },
        { 'X-Api-Key': sim.registry.demoApiKey },
      ),
      lan,
    );
    expect(generated.status).toBe(200);
  });

  it('tells loopback from other addresses and groups IPv6 clients by /64', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('0:0:0:0:0:0:0:1')).toBe(true);
    expect(isLoopback('::ffff:127.9.9.9')).toBe(true);
    expect(isLoopback(null)).toBe(false);
    expect(isLoopback('localhost')).toBe(false);
    expect(addressGroup('2001:db8:1:2:aaaa::1')).toBe(addressGroup('2001:db8:1:2:ffff:1:2:3'));
    expect(addressGroup('2001:db8:1:2::1')).not.toBe(addressGroup('2001:db8:1:3::1'));
    expect(addressGroup('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(addressGroup('10.1.2.3')).not.toBe(addressGroup('10.1.2.4'));
  });
});

describe('origins and keys', () => {
  async function smsCount(sim: Sim, mobile: string): Promise<number> {
    return sim.registry.outbox.list(mobile).length;
  }

  it('rejects a keyed request from an Origin not registered for the key: 403 APIKEY0002, no SMS', async () => {
    const sim = await makeSim({ rateLimit: 2 });
    const key = await registerVerifier(sim, 'rail-1', ['https://rail.example']);
    await registerVerifier(sim, 'other', ['https://other.example']);
    for (const origin of ['https://evil.example', 'https://other.example', 'null']) {
      const response = await sim.request(
        '/v3/vaccination/generateOTP',
        jsonPost(
          { mobile_number: ASHA.mobile, full_name: ASHA.name },
          { 'X-Api-Key': key, Origin: origin },
        ),
      );
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toMatchObject({ errorCode: 'APIKEY0002' });
    }
    expect(await smsCount(sim, ASHA.mobile)).toBe(0);
    // Not processed means not counted either: the key's budget of 2 is whole.
    for (const origin of ['https://rail.example', undefined]) {
      const response = await sim.request(
        '/v3/vaccination/generateOTP',
        jsonPost(
          {
            mobile_number: origin ? ASHA.mobile : '9000000002',
            full_name: origin ? ASHA.name : 'Meera Iyer',
          },
          { 'X-Api-Key': key, ...(origin ? { Origin: origin } : {}) },
        ),
      );
      expect(response.status).toBe(200);
    }
    expect(await smsCount(sim, ASHA.mobile)).toBe(1);
  });

  it('takes https: verifier origins, and http: only on localhost and 127.0.0.1', async () => {
    const sim = await makeSim();
    for (const origin of ['https://rail.example', 'http://localhost:5174', 'http://127.0.0.1:9']) {
      const response = await sim.request(
        '/dev/verifiers',
        jsonPost({ verifier_id: 'v', name: 'V', origins: [origin] }),
      );
      expect(response.status, origin).toBe(201);
    }
    for (const origin of [
      'http://192.168.1.5:8080',
      'http://rail.example',
      'ftp://x.example',
      'https://a.example/path',
    ]) {
      const response = await sim.request(
        '/dev/verifiers',
        jsonPost({ verifier_id: 'v', name: 'V', origins: [origin] }),
      );
      expect(response.status, origin).toBe(400);
      expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    }
  });

  it('drops http: origins other than localhost found in the data dir, and says so', async () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'verifiers.json'),
      JSON.stringify([
        {
          verifier_id: 'old',
          name: 'Old',
          origins: ['http://192.168.1.5:8080', 'https://ok.example'],
          key_sha256: '0'.repeat(64),
        },
      ]),
    );
    const sim = await makeSim({ dataDir });
    const old = sim.registry.verifiers.find('old')!;
    expect(sim.registry.verifiers.originsOf(old)).toEqual(['https://ok.example']);
    expect(sim.logs.some((line) => line.includes('http://192.168.1.5:8080'))).toBe(true);
  });
});

describe('a client written for CoWIN, with only scheme, host and port swapped', () => {
  /** How integrators write it: a base URL, SHA-256 of the OTP, Authorization: Bearer. */
  class CowinClient {
    private token = '';
    constructor(
      private readonly base: string,
      private readonly apiKey: string,
      private readonly fetchImpl: (url: string, init?: RequestInit) => Promise<Response>,
    ) {}
    private async call(path: string, init: RequestInit): Promise<Record<string, unknown>> {
      const response = await this.fetchImpl(`${this.base}${path}`, {
        ...init,
        headers: {
          accept: 'application/json',
          'Content-Type': 'application/json',
          'X-Api-Key': this.apiKey,
          ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return (await response.json()) as Record<string, unknown>;
    }
    async generateOtp(mobile: string, name: string): Promise<string> {
      const body = { mobile_number: mobile, full_name: name, email_id: '' };
      return (
        await this.call('/v3/vaccination/generateOTP', {
          method: 'POST',
          body: JSON.stringify(body),
        })
      ).txnId as string;
    }
    async confirmOtp(otp: string, txnId: string): Promise<void> {
      const { createHash } = await import('node:crypto');
      const hash = createHash('sha256').update(otp).digest('hex');
      const answer = await this.call('/v3/vaccination/confirmOTP', {
        method: 'POST',
        body: JSON.stringify({ otp: hash, txnId }),
      });
      this.token = answer.token as string;
    }
    async status(): Promise<Record<string, unknown>> {
      return this.call('/v3/vaccination/status', { method: 'GET' });
    }
  }

  it('runs the whole flow under /api/v3', async () => {
    const sim = await makeSim();
    const cowin = new URL('https://cdn-api.co-vin.in/api');
    const local = new URL('http://localhost:8080');
    cowin.protocol = local.protocol;
    cowin.host = local.host;
    const paths: string[] = [];
    const client = new CowinClient(
      cowin.href.replace(/\/$/, ''),
      sim.registry.demoApiKey,
      async (url, init) => {
        paths.push(new URL(url).pathname);
        return sim.app.request(url, init, peerEnv('192.168.1.30'));
      },
    );
    const txnId = await client.generateOtp(ASHA.mobile, ASHA.name);
    const otp = /\b(\d{6})\b/.exec(sim.registry.outbox.list(ASHA.mobile)[0]!.text)![1]!;
    await client.confirmOtp(otp, txnId);
    const answer = await client.status();
    expect(answer.vaccination_status).toBe(2);
    expect(
      await verifyWithJwks(sim, answer.signed_status as string, { audience: 'demo-verifier' }),
    ).toMatchObject({
      ok: true,
      name: ASHA.name,
    });
    expect(paths).toEqual([
      '/api/v3/vaccination/generateOTP',
      '/api/v3/vaccination/confirmOTP',
      '/api/v3/vaccination/status',
    ]);
  });
});
