/** A real holder token from a running simulator: a 20-character name, through the holder page's API. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { KEYS_FILE } from '../../simulator/keys.ts';
import { Registry } from '../../simulator/registry.ts';
import { addPerson, latestOtp, sha256Hex } from '../../test/helpers/registry-client.ts';

/** The typical holder of SPEC §5: a 20-character full name. */
export const TYPICAL_HOLDER = {
  mobile: '9123456780',
  fullName: 'Priya Ramesh Iyengar',
} as const;

const HOLDER_PAGE = '/v3/vaccination/status/knowYourStatus';

/** The single-use token the served holder page carries for its first POST (SPEC §3). */
async function servedPageToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}${HOLDER_PAGE}`);
  if (!response.ok) throw new Error(`GET ${HOLDER_PAGE}: ${response.status} `);
  const html = await response.text();
  const match = /id="kycvs-holder-config">([\s\S]*?)<\/script>/.exec(html);
  const token = match ? (JSON.parse(match[1]!) as { pageToken?: unknown }).pageToken : undefined;
  if (typeof token !== 'string') throw new Error('the served holder page carries no page token');
  return token;
}

/** POSTs as the holder page does, with its page token; returns the answer and the next token. */
async function post(
  url: string,
  body: unknown,
  pageToken: string,
): Promise<{ json: Record<string, unknown>; next: string | null }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PAGE_TOKEN_HEADER]: pageToken },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`POST ${new URL(url).pathname}: ${response.status} ${String(json.errorCode)}`);
  }
  return { json, next: response.headers.get(PAGE_TOKEN_HEADER) };
}

/** A holder token and how it was obtained. */
export interface HolderToken {
  token: string;
  source: 'holder page API' | "simulator's signing code with its data dir's key";
}

/**
 * Runs `use` with a Registry that signs with the running simulator's key. The simulator holds
 * its data dir's lock, so the key file is copied into a private data dir of its own, which is
 * removed afterwards.
 */
export async function withSigningRegistry<T>(
  baseUrl: string,
  dataDir: string,
  use: (registry: Registry) => Promise<T>,
): Promise<T> {
  const own = mkdtempSync(join(tmpdir(), 'kycvs-bench-signer-'));
  try {
    copyFileSync(join(dataDir, KEYS_FILE), join(own, KEYS_FILE));
    const registry = await Registry.create({
      dataDir: own,
      baseUrl,
      sweepIntervalMs: 0,
      log: () => undefined,
    });
    try {
      return await use(registry);
    } finally {
      registry.close();
    }
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
}

/**
 * Adds the typical holder (fully vaccinated) and gets a holder token (no `aud`) for them from
 * the holder page's API; where that API is not there, the simulator's own signing code signs
 * it with the simulator's key, read from its data dir.
 */
export async function holderToken(baseUrl: string, dataDir: string): Promise<HolderToken> {
  try {
    return { token: await fetchHolderToken(baseUrl), source: 'holder page API' };
  } catch (error) {
    if (!/: 404 /.test((error as Error).message)) throw error;
  }
  const token = await withSigningRegistry(baseUrl, dataDir, (registry) =>
    registry.signHolderToken({
      mobile: TYPICAL_HOLDER.mobile,
      fullName: TYPICAL_HOLDER.fullName,
      status: 2,
    }),
  );
  return { token, source: "simulator's signing code with its data dir's key" };
}

async function fetchHolderToken(baseUrl: string): Promise<string> {
  await addPerson(baseUrl, {
    mobile_number: TYPICAL_HOLDER.mobile,
    full_name: TYPICAL_HOLDER.fullName,
    birth_year: 1988,
    doses: [
      { vaccine: 'Covishield', date: '2021-06-01' },
      { vaccine: 'Covishield', date: '2021-09-01' },
    ],
  });
  const generated = await post(
    `${baseUrl}${HOLDER_PAGE}/generateOTP`,
    { mobile_number: TYPICAL_HOLDER.mobile, full_name: TYPICAL_HOLDER.fullName },
    await servedPageToken(baseUrl),
  );
  const otp = await latestOtp(baseUrl, TYPICAL_HOLDER.mobile);
  if (otp === null) throw new Error('no OTP SMS for the typical holder');
  // Each answer carries the page's next token; a fresh page's token where one is missing.
  const confirmed = await post(
    `${baseUrl}${HOLDER_PAGE}/confirmOTP`,
    { otp: sha256Hex(otp), txnId: generated.json.txnId },
    generated.next ?? (await servedPageToken(baseUrl)),
  );
  const token = confirmed.json.signed_status;
  if (typeof token !== 'string') throw new Error('the holder page returned no token');
  return token;
}
