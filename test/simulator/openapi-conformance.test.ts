/**
 * The simulator answers as its /openapi.json says: every documented operation is called, success
 * and error, and every answer's status is documented for its operation and its JSON body passes
 * that operation's own zod schema; the per-key rate limit too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOtp, jsonPost, makeSim, registerVerifier, tempDir } from './fixture.ts';
import { ASHA, checker, declaredRoutes, deskFlow, holderFlow } from './openapi-helpers.ts';

describe('the OpenAPI document', () => {
  it('answers every documented operation as documented, success and error', async () => {
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>PWA</title>');
    const sim = await makeSim({ otpResendGapS: 0, staticDir });
    const check = checker(sim);
    await check.conforms('get', '/openapi.json', await sim.request('/openapi.json'));
    const docs = (await check.conforms('get', '/docs', await sim.request('/docs'))) as string;
    expect(docs).toContain('/api/v3/vaccination/generateOTP');
    expect(docs).not.toMatch(/<script/i);

    const registered = await sim.request(
      '/dev/verifiers',
      jsonPost({ verifier_id: 'rail-1', name: 'Rail', origins: ['http://127.0.0.1:5174'] }),
    );
    const { api_key: apiKey } = (await check.conforms('post', '/dev/verifiers', registered)) as {
      api_key: string;
    };
    for (const body of [
      { verifier_id: 'bad id!', name: 'x' },
      { verifier_id: 'x', name: 'x', origins: ['http://lan.example'] },
    ]) {
      await check.conforms(
        'post',
        '/dev/verifiers',
        await sim.request('/dev/verifiers', jsonPost(body)),
      );
    }
    const person = { mobile_number: '9111111111', full_name: 'Kiran Rao', birth_year: 1990 };
    for (const doses of [[{ vaccine: 'Janssen', date: '2021-07-01' }], [{ vaccine: 'Water' }]]) {
      await check.conforms(
        'post',
        '/dev/persons',
        await sim.request('/dev/persons', jsonPost({ ...person, doses })),
      );
    }
    await check.conforms(
      'post',
      '/dev/persons',
      await sim.request('/dev/persons', jsonPost('x'.repeat(20_000))),
    );
    await check.conforms(
      'get',
      '/dev/sms',
      await sim.request(`/dev/sms?mobile_number=${ASHA.mobile}`),
    );
    await check.conforms('get', '/dev/sms', await sim.request('/dev/sms?mobile_number=abc'));
    await check.conforms(
      'get',
      '/dev/sms',
      await sim.request(`/dev/sms?mobile_number=${ASHA.mobile}`, {}, '10.0.0.7'),
    );

    for (const base of ['/v3', '/api/v3']) {
      await deskFlow(sim, check, apiKey, base);
      await holderFlow(sim, check, base);
    }
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, 'no-such-key', ASHA.mobile, ASHA.name),
    );

    await check.conforms(
      'get',
      '/.well-known/jwks.json',
      await sim.request('/.well-known/jwks.json'),
    );
    const etag = (await sim.request('/.well-known/jwks.json')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/jwks.json',
      await sim.request('/.well-known/jwks.json', { headers: { 'If-None-Match': etag } }),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-configuration',
      await sim.request('/.well-known/kycvs-configuration'),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.json',
      await sim.request('/.well-known/kycvs-trust-list.json'),
    );
    const trustTag = (await sim.request('/.well-known/kycvs-trust-list.json')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.json',
      await sim.request('/.well-known/kycvs-trust-list.json', {
        headers: { 'If-None-Match': trustTag },
      }),
    );
    const credential = { full_name: 'Kavya Nair', birth_date: '1992-08-17', doses: 2 };
    for (const body of [
      { ...credential, format: 'divoc', total_doses: 2 },
      { ...credential, format: 'eudcc', total_doses: 2 },
      { ...credential, format: 'shc', total_doses: 2 },
      { ...credential, format: 'vds', total_doses: 2 },
    ]) {
      await check.conforms(
        'post',
        '/dev/credentials',
        await sim.request('/dev/credentials', jsonPost(body)),
      );
    }
    await check.conforms(
      'post',
      '/dev/credentials',
      await sim.request('/dev/credentials', jsonPost('x'.repeat(20_000))),
    );
    await check.conforms(
      'post',
      '/dev/credentials',
      await sim.request(
        '/dev/credentials',
        jsonPost({ ...credential, format: 'shc', total_doses: 2 }),
        '10.0.0.7',
      ),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.jws',
      await sim.request('/.well-known/kycvs-trust-list.jws'),
    );
    const signedTag = (await sim.request('/.well-known/kycvs-trust-list.jws')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.jws',
      await sim.request('/.well-known/kycvs-trust-list.jws', {
        headers: { 'If-None-Match': signedTag },
      }),
    );
    for (const body of [{ format: 'divoc', id: '12345' }, { format: 'x' }]) {
      await check.conforms(
        'post',
        '/dev/revocations',
        await sim.request('/dev/revocations', jsonPost(body)),
      );
    }
    await check.conforms(
      'post',
      '/dev/revocations',
      await sim.request('/dev/revocations', jsonPost({ format: 'shc', id: 'ab' })),
    );
    await check.conforms(
      'post',
      '/dev/revocations',
      await sim.request('/dev/revocations', jsonPost({ format: 'divoc', id: '1' }), '10.0.0.7'),
    );
    for (const path of [
      '/.well-known/jwks.json',
      '/.well-known/kycvs-configuration',
      '/.well-known/kycvs-trust-list.json',
      '/.well-known/kycvs-trust-list.jws',
    ]) {
      await check.conforms('options', path, await sim.request(path, { method: 'OPTIONS' }));
    }
    await check.conforms(
      'post',
      '/dev/keys/rotate',
      await sim.request('/dev/keys/rotate', { method: 'POST' }),
    );
    await check.conforms('get', '/dev/faults', await sim.request('/dev/faults'));
    await check.conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ failRate: 2 })),
    );
    await check.conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ down: true })),
    );
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, ASHA.mobile, ASHA.name),
    );
    await check.conforms('post', '/dev/faults', await sim.request('/dev/faults', jsonPost({})));

    await check.conforms('get', '/{file}', await sim.request('/'));
    await check.conforms('get', '/{file}', await sim.request('/missing.png'));
    await check.conforms(
      'get',
      '/holder-assets/{file}',
      await sim.request('/holder-assets/assets/index-abc12345.js'),
    );
    await check.conforms(
      'get',
      '/holder-assets/{file}',
      await sim.request('/holder-assets/nothing.js'),
    );

    const declared = declaredRoutes(sim).map((r) => `${r.method} ${r.path}`);
    expect(declared.filter((operation) => !check.called.has(operation))).toEqual([]);
  });

  it('documents the per-key rate limit as the simulator answers it', async () => {
    const sim = await makeSim({ rateLimit: 1 });
    const check = checker(sim);
    const apiKey = await registerVerifier(sim, 'rail-1');
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, '9000000002', 'Meera Iyer'),
    );
    const limited = await generateOtp(sim, apiKey, '9000000003', 'Arjun Singh');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    await check.conforms('post', '/v3/vaccination/generateOTP', limited);
  });
});
