import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader } from 'jose';
import { keyIdFor } from '../../src/protocol/index.ts';
import { BASE, makeSim, registerVerifier, runFlow, tempDir, verifyWithJwks } from './fixture.ts';

type Jwks = { keys: (JsonWebKey & { kid: string; alg: string; use: string })[] };

describe('JWKS', () => {
  it('lists the public signing key with kid, alg ES256 and use sig, and no private part', async () => {
    const sim = await makeSim();
    const response = await sim.request('/.well-known/jwks.json');
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as Jwks;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
    expect(keys[0]!.kid).toBe(await keyIdFor(keys[0]!));
    expect(keys[0]!.kid).toHaveLength(11);
  });

  it('sends ETag, max-age 300 and CORS * exposing Date and ETag; 304 on If-None-Match', async () => {
    const sim = await makeSim();
    const first = await sim.request('/.well-known/jwks.json', {
      headers: { Origin: 'https://anywhere.example' },
    });
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(first.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(first.headers.get('Access-Control-Expose-Headers')).toBe('Date, ETag');
    const second = await sim.request('/.well-known/jwks.json', {
      headers: { 'If-None-Match': etag! },
    });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    const stale = await sim.request('/.well-known/jwks.json', {
      headers: { 'If-None-Match': '"something-else"' },
    });
    expect(stale.status).toBe(200);
  });

  it('serves the KYC-VS configuration with the issuer', async () => {
    const sim = await makeSim({ issuer: 'https://registry.example' });
    const response = await sim.app.request('http://proxy.example/.well-known/kycvs-configuration');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await response.json()).toEqual({
      issuer: 'https://registry.example',
      jwks_uri: 'https://registry.example/.well-known/jwks.json',
      api_base: 'https://registry.example',
      trust_list_uri: 'https://registry.example/.well-known/kycvs-trust-list.jws',
      trust_list_key: sim.registry.trustLists.thumbprint,
      hub_url: 'wss://registry.example/hub',
    });
    expect(sim.registry.trustLists.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('derives every published URL from the issuer, never from Host, and answers a conditional-GET preflight', async () => {
    const sim = await makeSim();
    const app = sim.app;
    for (const host of [
      'http://127.0.0.1:9',
      'http://evil.example',
      'http://evil.example:8080',
      'http://localhost:8080',
    ]) {
      const config = await app.request(`${host}/.well-known/kycvs-configuration`);
      expect(await config.json()).toEqual({
        issuer: BASE,
        jwks_uri: `${BASE}/.well-known/jwks.json`,
        api_base: BASE,
        trust_list_uri: `${BASE}/.well-known/kycvs-trust-list.jws`,
        trust_list_key: sim.registry.trustLists.thumbprint,
        hub_url: 'ws://localhost:8080/hub',
      });
      const document = (await (await app.request(`${host}/openapi.json`)).json()) as {
        servers: { url: string }[];
      };
      expect(document.servers).toEqual([{ url: BASE }]);
    }
    // Reached under its own loopback alias too: the PWA opened there reads the key set at its
    // registry's own well-known path, so nothing here needs to follow the Host.
    const alias = await app.request('http://127.0.0.1:8080/.well-known/kycvs-configuration');
    expect(((await alias.json()) as { jwks_uri: string }).jwks_uri).toBe(
      `${BASE}/.well-known/jwks.json`,
    );
    const preflight = await app.request('http://127.0.0.1:9/.well-known/jwks.json', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://elsewhere.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('If-None-Match');
  });
});

describe('holder tokens', () => {
  it('carry no aud, live 7 days by default and hold nothing beyond the SPEC §4 claims', async () => {
    const sim = await makeSim();
    const name = 'Aishwarya Krishnamur'; // 20 characters, SPEC §5's typical holder
    const token = await sim.registry.signHolderToken({
      mobile: '9000000001',
      fullName: name,
      status: 2,
    });
    const verdict = await verifyWithJwks(sim, token);
    expect(verdict).toMatchObject({ ok: true, status: 2, mob: '0001', name });
    expect(verdict.ok && verdict.aud).toBeUndefined();
    expect(verdict.ok && verdict.exp - verdict.iat).toBe(7 * 24 * 3600);
    // Every character counts in a QR: the token is exactly header + required claims + signature.
    const b64 = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url').length;
    const header = { alg: 'ES256', kid: sim.registry.keys.currentKid, typ: 'kycvs+jwt' };
    const claims = {
      iss: BASE,
      iat: 0,
      exp: 0,
      jti: 'x'.repeat(16),
      vs: 2,
      name,
      mob: '0001',
    };
    claims.iat = Math.floor(sim.nowMs() / 1000);
    claims.exp = claims.iat + 7 * 24 * 3600;
    expect(token.length).toBe(b64(header) + 1 + b64(claims) + 1 + 86);
  });

  it('use the configured lifetime', async () => {
    const sim = await makeSim({ holderTokenTtlS: 3600 });
    const token = await sim.registry.signHolderToken({
      mobile: '9000000002',
      fullName: 'Meera Iyer',
      status: 0,
    });
    const verdict = await verifyWithJwks(sim, token);
    expect(verdict.ok && verdict.exp - verdict.iat).toBe(3600);
  });
});

describe('key rotation and persistence', () => {
  it('signs with a new key after rotation and keeps old tokens verifiable', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    const before = await runFlow(sim, key, '9000000002', 'Meera Iyer');
    const oldKid = decodeProtectedHeader(before.signed_status).kid;
    const etagBefore = (await sim.request('/.well-known/jwks.json')).headers.get('ETag');

    const rotated = await sim.request('/dev/keys/rotate', { method: 'POST' });
    expect(rotated.status).toBe(200);
    const { kid: newKid } = (await rotated.json()) as { kid: string };
    expect(newKid).not.toBe(oldKid);

    const after = await runFlow(sim, key, '9000000002', 'Meera Iyer');
    expect(decodeProtectedHeader(after.signed_status).kid).toBe(newKid);
    const jwks = await sim.request('/.well-known/jwks.json');
    expect(jwks.headers.get('ETag')).not.toBe(etagBefore);
    const kids = ((await jwks.json()) as Jwks).keys.map((k) => k.kid);
    expect(kids).toEqual([oldKid, newKid]);
    expect(await verifyWithJwks(sim, before.signed_status, { audience: 'gate' })).toMatchObject({
      ok: true,
      kid: oldKid,
    });
    expect(await verifyWithJwks(sim, after.signed_status, { audience: 'gate' })).toMatchObject({
      ok: true,
      kid: newKid,
    });
  });

  it('keeps keys, verifiers, persons and the demo key across a restart on the same data dir', async () => {
    const dataDir = tempDir();
    const first = await makeSim({ dataDir });
    await first.request('/dev/keys/rotate', { method: 'POST' });
    const key = await registerVerifier(first, 'gate');
    const added = await first.request('/dev/persons', {
      method: 'POST',
      body: JSON.stringify({
        mobile_number: '9811111111',
        full_name: 'Kavya Rao',
        birth_year: 1999,
        doses: [{ vaccine: 'Sputnik Light', date: '2021-07-01' }],
      }),
    });
    expect(added.status).toBe(201);
    const token = (await runFlow(first, key, '9811111111', 'Kavya Rao')).signed_status;
    const jwksBefore = await (await first.request('/.well-known/jwks.json')).text();
    first.registry.close();

    const second = await makeSim({ dataDir });
    expect(await (await second.request('/.well-known/jwks.json')).text()).toBe(jwksBefore);
    expect(second.registry.demoApiKey).toBe(first.registry.demoApiKey);
    expect(second.registry.keys.currentKid).toBe(first.registry.keys.currentKid);
    expect(await verifyWithJwks(second, token, { audience: 'gate' })).toMatchObject({
      ok: true,
      status: 2,
    });
    const again = await runFlow(second, key, '9811111111', 'Kavya Rao');
    expect(again.vaccination_status).toBe(2);
  });

  it('writes the key file private (0600) and leaves no temp files', async () => {
    const sim = await makeSim();
    await sim.request('/dev/keys/rotate', { method: 'POST' });
    const mode = statSync(join(sim.dataDir, 'keys.json')).mode & 0o777;
    expect(mode).toBe(0o600);
    const file = JSON.parse(readFileSync(join(sim.dataDir, 'keys.json'), 'utf8')) as {
      keys: unknown[];
    };
    expect(file.keys).toHaveLength(2);
    expect(readdirSync(sim.dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stores API keys only as hashes', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    expect(readFileSync(join(sim.dataDir, 'verifiers.json'), 'utf8')).not.toContain(key);
  });

  it('will not start on a corrupt key file rather than replacing the keys', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'keys.json'), '{"current": 1}');
    await expect(makeSim({ dataDir })).rejects.toThrow(/keys\.json/);
    expect(readFileSync(join(dataDir, 'keys.json'), 'utf8')).toBe('{"current": 1}');
  });
});
