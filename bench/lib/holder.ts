/** A real holder token from a running simulator: a 20-character name, through the holder page's API. */
import { Registry } from '../../simulator/registry.ts';
import { addPerson, latestOtp, sha256Hex } from '../../test/helpers/registry-client.ts';

/** The typical holder of SPEC §5: a 20-character full name. */
export const TYPICAL_HOLDER = {
  mobile: '9123456780',
  fullName: 'Priya Ramesh Iyengar',
} as const;

const HOLDER_API = '/v3/vaccination/status/knowYourStatus';

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`POST ${new URL(url).pathname}: ${response.status} ${String(json.errorCode)}`);
  }
  return json;
}

/** A holder token and how it was obtained. */
export interface HolderToken {
  token: string;
  source: 'holder page API' | "simulator's signing code on its data dir";
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
  const registry = await Registry.create({
    dataDir,
    baseUrl,
    sweepIntervalMs: 0,
    log: () => undefined,
  });
  try {
    const token = await registry.signHolderToken({
      mobile: TYPICAL_HOLDER.mobile,
      fullName: TYPICAL_HOLDER.fullName,
      status: 2,
    });
    return { token, source: "simulator's signing code on its data dir" };
  } finally {
    registry.close();
  }
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
  const { txnId } = await post(`${baseUrl}${HOLDER_API}/generateOTP`, {
    mobile_number: TYPICAL_HOLDER.mobile,
    full_name: TYPICAL_HOLDER.fullName,
  });
  const otp = await latestOtp(baseUrl, TYPICAL_HOLDER.mobile);
  if (otp === null) throw new Error('no OTP SMS for the typical holder');
  const { signed_status: token } = await post(`${baseUrl}${HOLDER_API}/confirmOTP`, {
    otp: sha256Hex(otp),
    txnId,
  });
  if (typeof token !== 'string') throw new Error('the holder page returned no token');
  return token;
}
