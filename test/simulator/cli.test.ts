import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPerson } from '../../simulator/beneficiaries.ts';
import { verifyStatusToken } from '../../src/protocol/index.ts';
import { addPerson, registerVerifier, runOtpFlow } from '../helpers/registry-client.ts';
import { startSimulator } from '../helpers/simulator-process.ts';
import type { RunningSimulator } from '../helpers/simulator-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kycvs-cli-test-'));
const started: RunningSimulator[] = [];
afterAll(async () => {
  for (const sim of started) await sim.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function jwksOf(url: string): Promise<{ keys: JsonWebKey[] }> {
  return (await (await fetch(`${url}/.well-known/jwks.json`)).json()) as { keys: JsonWebKey[] };
}

describe('the simulator CLI', () => {
  it('runs the OTP flow over HTTP and keeps its keys and demo key across a restart', async () => {
    const first = await startSimulator({
      dataDir,
      args: ['--otp-resend-gap', '0', '--persons', '30'],
    });
    started.push(first);
    expect(first.output()).toContain('demo-verifier');
    expect(first.output()).toMatch(/9000000001 +Asha Verma +2 fully vaccinated/);
    expect(first.output()).toContain(`Event hub:      ws://localhost:${first.port}/hub`);
    const demoKey = /API key: +(\S+)/.exec(first.output())![1]!;

    const apiKey = await registerVerifier(first.url, {
      verifier_id: 'cli-gate',
      name: 'CLI Gate',
      origins: ['https://gate.example'],
    });
    await addPerson(first.url, {
      mobile_number: '9833333333',
      full_name: 'Nisha Menon',
      birth_year: 1992,
      doses: [{ vaccine: 'Covaxin', date: '2021-06-01' }],
    });
    const result = await runOtpFlow(first.url, apiKey, {
      mobile: '9833333333',
      fullName: 'Nisha Menon',
      nonce: 'cli-nonce',
    });
    expect(result.status).toBe(1);
    const jwks = await jwksOf(first.url);
    const verdict = await verifyStatusToken(result.signed_status, [{ iss: first.url, jwks }], {
      audience: 'cli-gate',
      nonce: 'cli-nonce',
    });
    expect(verdict).toMatchObject({ ok: true, status: 1, name: 'Nisha Menon', mob: '3333' });

    const picked = syntheticPerson(29);
    const synthetic = await runOtpFlow(first.url, demoKey, {
      mobile: picked.mobile,
      fullName: picked.fullName,
    });
    expect(synthetic.status).toBe(picked.status);
    expect(first.output()).toContain('POST /v3/vaccination/generateOTP 200');
    expect(first.output()).not.toContain('9833333333');
    await first.stop();

    const second = await startSimulator({ dataDir });
    started.push(second);
    expect(await jwksOf(second.url)).toEqual(jwks);
    expect(/API key: +(\S+)/.exec(second.output())![1]).toBe(demoKey);
    const again = await runOtpFlow(second.url, apiKey, {
      mobile: '9833333333',
      fullName: 'Nisha Menon',
    });
    expect(again.status).toBe(1);
  });
});
