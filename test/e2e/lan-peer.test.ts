/**
 * SPEC §3 with a real second peer: a network namespace joined by a veth pair (addresses of our
 * own, 10.213.77.0/30), the simulator on 0.0.0.0. The peer gets /v3 and the keys, and 403 from
 * every /dev route whatever Host it sends; loopback keeps /dev. Needs `ip netns` (root): without
 * it the test is skipped loudly, and fails under CI=true.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../helpers/simulator-process.ts';
import type { RunningSimulator } from '../helpers/simulator-process.ts';

const NS = `kycvs-lan-${process.pid}`;
const HOST_IF = `kv${process.pid % 100000}h`;
const PEER_IF = `kv${process.pid % 100000}p`;
const HOST_IP = '10.213.77.1';
const PEER_IP = '10.213.77.2';

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: 'pipe' });
}

function setUp(): string | null {
  try {
    ip('netns', 'add', NS);
    ip('link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', PEER_IF);
    ip('link', 'set', PEER_IF, 'netns', NS);
    ip('addr', 'add', `${HOST_IP}/30`, 'dev', HOST_IF);
    ip('link', 'set', HOST_IF, 'up');
    ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${PEER_IP}/30`, 'dev', PEER_IF);
    ip('netns', 'exec', NS, 'ip', 'link', 'set', PEER_IF, 'up');
    ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up');
    return null;
  } catch (error) {
    tearDown();
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
}

function tearDown(): void {
  spawnSync('ip', ['link', 'del', HOST_IF], { stdio: 'ignore' });
  spawnSync('ip', ['netns', 'del', NS], { stdio: 'ignore' });
}

/** curl from inside the namespace: status code and body. */
function fromPeer(url: string, args: string[] = []): { status: number; body: string } {
  const result = spawnSync(
    'ip',
    ['netns', 'exec', NS, 'curl', '-s', '-m', '10', '-w', '\n%{http_code}', ...args, url],
    { encoding: 'utf8' },
  );
  const lines = result.stdout.trimEnd().split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n') };
}

const unavailable = setUp();
process.once('exit', tearDown);
if (unavailable !== null) {
  console.warn(`[lan-peer] SKIPPED: cannot make a network namespace (${unavailable})`);
  if (process.env.CI === 'true') throw new Error(`ip netns is required under CI: ${unavailable}`);
}

describe.skipIf(unavailable !== null)('a LAN peer in another network namespace', () => {
  let sim: RunningSimulator;
  let base: string;
  beforeAll(async () => {
    sim = await startSimulator({ args: ['--host', '0.0.0.0'] });
    base = `http://${HOST_IP}:${sim.port}`;
  }, 60_000);
  afterAll(async () => {
    await sim?.stop();
    tearDown();
  });

  it('warns that /dev stays local when listening beyond loopback', () => {
    expect(sim.output()).toMatch(
      /warning: listening on 0\.0\.0\.0.*\/dev .*loopback clients only/s,
    );
  });

  it('gets /v3, /api/v3 and the JWKS', async () => {
    const jwks = fromPeer(`${base}/.well-known/jwks.json`);
    expect(jwks.status).toBe(200);
    expect((JSON.parse(jwks.body) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
    for (const prefix of ['/v3', '/api/v3']) {
      const generated = fromPeer(`${base}${prefix}/vaccination/generateOTP`, [
        '-H',
        'Content-Type: application/json',
        '-H',
        'X-Api-Key: wrong',
        '-d',
        '{"mobile_number":"9000000001","full_name":"Asha Verma"}',
      ]);
      expect(generated.status).toBe(401);
      expect(JSON.parse(generated.body)).toMatchObject({ errorCode: 'APIKEY0001' });
    }
  });

  it('gets 403 from every /dev route, whatever Host it sends', () => {
    const routes: [string, string[]][] = [
      ['/dev/sms?mobile_number=9000000001', []],
      ['/dev/faults', []],
      ['/dev/persons', ['-d', '{"mobile_number":"9222222222","full_name":"Lan Person"}']],
      ['/dev/verifiers', ['-d', '{"verifier_id":"demo-verifier","name":"Mine"}']],
      ['/dev/keys/rotate', ['-X', 'POST']],
      ['/dev/faults', ['-d', '{"down":true}']],
    ];
    for (const host of [undefined, 'localhost', '127.0.0.1', `localhost:${sim.port}`, '[::1]']) {
      for (const [path, args] of routes) {
        const answer = fromPeer(`${base}${path}`, [
          ...(host ? ['-H', `Host: ${host}`] : []),
          '-H',
          'Content-Type: application/json',
          ...args,
        ]);
        expect(answer.status, `${host ?? 'no Host'} ${path}`).toBe(403);
        expect(JSON.parse(answer.body)).toMatchObject({ errorCode: 'REQVAL0001' });
      }
    }
  });

  it('leaves /dev to loopback clients, unchanged by the attempts', async () => {
    const faults = await fetch(`http://127.0.0.1:${sim.port}/dev/faults`);
    expect(faults.status).toBe(200);
    expect(await faults.json()).toEqual({ latencyMs: 0, failRate: 0, down: false });
    const sms = await fetch(`http://localhost:${sim.port}/dev/sms?mobile_number=9222222222`);
    expect(sms.status).toBe(200);
  });
});
