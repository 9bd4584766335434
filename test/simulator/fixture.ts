/** A simulator app over a temp data dir, a fake clock and a captured log, for app.request tests. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { verifyStatusToken } from '../../src/protocol/index.ts';
import type { Verdict } from '../../src/protocol/index.ts';
import { createApp } from '../../simulator/app.ts';
import type { HolderRouteOptions } from '../../simulator/routes/holder.ts';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { Registry } from '../../simulator/registry.ts';
import type { RegistryOptions } from '../../simulator/registry.ts';

/** The fixed start of every test clock: 2026-03-01T10:00:00Z. */
export const START_MS = Date.UTC(2026, 2, 1, 10, 0, 0);
/** The base URL and issuer the fixture registry believes it has. */
export const BASE = 'http://localhost:8080';

/** The TCP peer a test request comes from; @hono/node-server binds the socket as `incoming`. */
export function peerEnv(address: string): { incoming: { socket: { remoteAddress: string } } } {
  return { incoming: { socket: { remoteAddress: address } } };
}

/** A running fixture: app, registry, clock controls, log lines. */
export interface Sim {
  app: OpenAPIHono;
  registry: Registry;
  dataDir: string;
  logs: string[];
  /** Moves the fake clock forward. */
  advance(ms: number): void;
  nowMs(): number;
  /** A request from a loopback peer (127.0.0.1) unless `peer` says otherwise. */
  request(path: string, init?: RequestInit, peer?: string): Promise<Response>;
}

/** A built-looking holder page in a temp dir, so page tests do not depend on a real build. */
export function fixtureHolderDir(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title>' +
      '<script type="application/json" id="kycvs-holder-config">{"mode":"standalone"}</script>' +
      '</head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc12345.js'), 'console.log(1)');
  return dir;
}

const dirs: string[] = [];
const registries: Registry[] = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp data dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kycvs-sim-test-'));
  dirs.push(dir);
  return dir;
}

/** Builds a simulator with a fake clock; options override the defaults. */
export async function makeSim(
  options: Partial<RegistryOptions> = {},
  holder: HolderRouteOptions = {},
): Promise<Sim> {
  let now = START_MS;
  const logs: string[] = [];
  const dataDir = options.dataDir ?? tempDir();
  const registry = await Registry.create({
    baseUrl: BASE,
    sweepIntervalMs: 0,
    now: () => now,
    log: (line) => logs.push(line),
    staticDir: join(dataDir, 'no-static'),
    ...options,
    dataDir,
  });
  registries.push(registry);
  const app = createApp(registry, { holderDir: fixtureHolderDir(), ...holder });
  return {
    app,
    registry,
    dataDir,
    logs,
    advance: (ms) => {
      now += ms;
    },
    nowMs: () => now,
    request: async (path, init, peer = '127.0.0.1') =>
      app.request(`${BASE}${path}`, init, peerEnv(peer)),
  };
}

/** The single-use token inside the holder page served for `clientId` (standalone: none). */
export async function pageToken(sim: Sim, clientId?: string, peer?: string): Promise<string> {
  const query = clientId === undefined ? '' : `?client_id=${clientId}`;
  const html = await (
    await sim.request(
      `/v3/vaccination/status/knowYourStatus${query}`,
      { headers: { 'Sec-Fetch-Dest': 'iframe' } },
      peer,
    )
  ).text();
  const match = /id="kycvs-holder-config">([\s\S]*?)<\/script>/.exec(html);
  const token = match ? (JSON.parse(match[1]!) as { pageToken?: string }).pageToken : undefined;
  if (token === undefined) throw new Error('the served page carries no token');
  return token;
}

/** A holder-page POST as the page sends it: JSON, same-origin, with a fresh page token. */
export async function holderPost(
  sim: Sim,
  path: string,
  body: Record<string, unknown> | string,
  options: { peer?: string; pageFor?: string | null } = {},
): Promise<Response> {
  const named =
    typeof body === 'object' && typeof body.client_id === 'string' ? body.client_id : null;
  const pageFor = options.pageFor === undefined ? named : options.pageFor;
  const token = await pageToken(sim, pageFor ?? undefined, options.peer);
  return sim.request(path, jsonPost(body, { [PAGE_TOKEN_HEADER]: token }), options.peer);
}

/** Lowercase hex SHA-256. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Registers a verifier through /dev/verifiers; returns its API key. */
export async function registerVerifier(
  sim: Sim,
  id: string,
  origins: string[] = [],
  name = `Verifier ${id}`,
): Promise<string> {
  const response = await sim.request(
    '/dev/verifiers',
    jsonPost({ verifier_id: id, name, origins }),
  );
  if (response.status !== 201) throw new Error(`register failed: ${response.status}`);
  return ((await response.json()) as { api_key: string }).api_key;
}

/** A POST with a JSON body and optional headers. */
export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** POST generateOTP; returns the response. */
export function generateOtp(sim: Sim, apiKey: string, mobile: string, fullName: string) {
  return sim.request(
    '/v3/vaccination/generateOTP',
    jsonPost({ mobile_number: mobile, full_name: fullName }, { 'X-Api-Key': apiKey }),
  );
}

/** POST confirmOTP with the plain OTP (hashed here); returns the response. */
export function confirmOtp(sim: Sim, apiKey: string, txnId: string, otp: string) {
  return sim.request(
    '/v3/vaccination/confirmOTP',
    jsonPost({ otp: sha256Hex(otp), txnId }, { 'X-Api-Key': apiKey }),
  );
}

/** GET status with a bearer; returns the response. */
export function getStatus(sim: Sim, apiKey: string, token: string, nonce?: string) {
  const query = nonce === undefined ? '' : `?nonce=${nonce}`;
  return sim.request(`/v3/vaccination/status${query}`, {
    headers: { 'X-Api-Key': apiKey, Authorization: `Bearer ${token}` },
  });
}

/** The newest OTP in the outbox of `mobile`, or null. */
export async function latestOtp(sim: Sim, mobile: string): Promise<string | null> {
  const outbox = (await (await sim.request(`/dev/sms?mobile_number=${mobile}`)).json()) as {
    text: string;
  }[];
  return outbox[0] ? (/\b(\d{6})\b/.exec(outbox[0].text)?.[1] ?? null) : null;
}

/** The whole desk flow; returns the status body. Throws on any non-2xx step. */
export async function runFlow(
  sim: Sim,
  apiKey: string,
  mobile: string,
  fullName: string,
  nonce?: string,
): Promise<{ vaccination_status: number; signed_status: string }> {
  const generated = await generateOtp(sim, apiKey, mobile, fullName);
  if (generated.status !== 200) throw new Error(`generateOTP ${generated.status}`);
  const { txnId } = (await generated.json()) as { txnId: string };
  const otp = await latestOtp(sim, mobile);
  if (otp === null) throw new Error('no SMS');
  const confirmed = await confirmOtp(sim, apiKey, txnId, otp);
  if (confirmed.status !== 200) throw new Error(`confirmOTP ${confirmed.status}`);
  const { token } = (await confirmed.json()) as { token: string };
  const status = await getStatus(sim, apiKey, token, nonce);
  if (status.status !== 200) throw new Error(`status ${status.status}`);
  return (await status.json()) as { vaccination_status: number; signed_status: string };
}

/** Verifies a token against the simulator's current JWKS at the fake clock. */
export async function verifyWithJwks(
  sim: Sim,
  token: string,
  options: { audience?: string; nonce?: string } = {},
): Promise<Verdict> {
  const jwks = (await (await sim.request('/.well-known/jwks.json')).json()) as {
    keys: JsonWebKey[];
  };
  return verifyStatusToken(token, [{ iss: BASE, jwks }], {
    now: new Date(sim.nowMs()),
    ...options,
  });
}
