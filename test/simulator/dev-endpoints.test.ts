/**
 * The simulator's /dev endpoints (SPEC §3): persons added with CoWIN-style doses and the status
 * their schedule gives, verifiers registered with a new key each time, and bad input rejected
 * with REQVAL0001.
 */
import { describe, expect, it } from 'vitest';
import { generateOtp, jsonPost, makeSim, registerVerifier } from './fixture.ts';

describe('/dev endpoints', () => {
  it('adds a person whose status follows the first vaccine’s schedule', async () => {
    const sim = await makeSim();
    const response = await sim.request(
      '/dev/persons',
      jsonPost({
        mobile_number: '9822222222',
        full_name: 'Dev Patel',
        birth_year: 1980,
        doses: [
          { vaccine: 'covishield', date: '2021-04-01' },
          { vaccine: 'Janssen', date: '2021-03-01' },
        ],
      }),
    );
    expect(response.status).toBe(201);
    // The first dose by date is Janssen (1 dose), so two doses make the schedule complete.
    expect(await response.json()).toMatchObject({ vaccination_status: 2 });
  });

  it('takes CoWIN-style dates and birth year, and doses without dates in list order', async () => {
    const sim = await makeSim();
    const add = async (doses: unknown[], birthYear: unknown = '1990') => {
      const response = await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: '9844444444',
          full_name: 'Ira Sen',
          birth_year: birthYear,
          doses,
        }),
      );
      expect(response.status).toBe(201);
      return ((await response.json()) as { vaccination_status: number }).vaccination_status;
    };
    expect(await add([{ vaccine: 'COVAXIN', date: '15-06-2021' }])).toBe(1);
    expect(await add([{ vaccine: 'Sputnik-Light', date: '2021-06-15T00:00:00Z' }], 1990)).toBe(2);
    expect(await add([{ vaccine: 'Janssen' }, { vaccine: 'Covishield' }])).toBe(2);
    expect(await add([{ vaccine: 'Covishield' }, { vaccine: 'Janssen' }])).toBe(2);
    expect(await add([{ vaccine: 'ZyCoV-D' }, { vaccine: 'Janssen' }])).toBe(1);
    expect(sim.registry.beneficiaries.onMobile('9844444444')).toHaveLength(5);
  });

  it.each([
    ['an unknown vaccine', { doses: [{ vaccine: 'Pfizer', date: '2021-01-01' }] }],
    ['an impossible date', { doses: [{ vaccine: 'Covaxin', date: '2021-02-30' }] }],
    ['a date in words', { doses: [{ vaccine: 'Covaxin', date: 'June 2021' }] }],
    ['a dose that is not an object', { doses: ['Covaxin'] }],
    ['a bad birth year', { birth_year: 1800 }],
    ['doses not a list', { doses: 'two' }],
  ])('rejects a person with %s (400 REQVAL0001)', async (_label, extra) => {
    const sim = await makeSim();
    const response = await sim.request(
      '/dev/persons',
      jsonPost({ mobile_number: '9822222222', full_name: 'Dev Patel', ...extra }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    expect(sim.registry.beneficiaries.onMobile('9822222222')).toEqual([]);
  });

  it.each([
    ['a bad id', { verifier_id: 'has space', name: 'X', origins: [] }],
    ['an origin with a path', { verifier_id: 'x', name: 'X', origins: ['https://a.example/app'] }],
    ['a non-http origin', { verifier_id: 'x', name: 'X', origins: ['ftp://a.example'] }],
    ['no name', { verifier_id: 'x', origins: [] }],
  ])('rejects a verifier with %s (400 REQVAL0001)', async (_label, body) => {
    const sim = await makeSim();
    const response = await sim.request('/dev/verifiers', jsonPost(body));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('gives a new API key on re-registration and voids the old one', async () => {
    const sim = await makeSim();
    const first = await registerVerifier(sim, 'gate');
    const second = await registerVerifier(sim, 'gate');
    expect(second).not.toBe(first);
    expect(Buffer.from(second, 'base64url')).toHaveLength(32);
    expect((await generateOtp(sim, first, '9000000002', 'Meera Iyer')).status).toBe(401);
    expect((await generateOtp(sim, second, '9000000002', 'Meera Iyer')).status).toBe(200);
  });

  it('rejects an SMS query without a valid mobile', async () => {
    const sim = await makeSim();
    const response = await sim.request('/dev/sms?mobile_number=12');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });
});
