/** A verifier of the bench's own on a simulator, and a bearer token for one of its demo people. */
import { latestOtp, registerVerifier, sha256Hex } from '../../test/helpers/registry-client.ts';
import type { ChildServer } from './processes.ts';

/** A verifier of the bench's own on `sim`, and its API key. */
export async function benchVerifier(sim: ChildServer, id: string): Promise<string> {
  return registerVerifier(sim.url, { verifier_id: id, name: `Bench ${id}`, origins: [] });
}

/** A bearer token for a demo beneficiary, through generateOTP and confirmOTP. */
export async function bearerFor(url: string, apiKey: string): Promise<string> {
  const headers = { 'Content-Type': 'application/json', 'X-Api-Key': apiKey };
  const mobile = '9000000001';
  const started = await fetch(`${url}/v3/vaccination/generateOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ mobile_number: mobile, full_name: 'Asha Verma' }),
  });
  if (!started.ok) throw new Error(`generateOTP: ${started.status}`);
  const { txnId } = (await started.json()) as { txnId: string };
  const otp = await latestOtp(url, mobile);
  if (otp === null) throw new Error('no OTP SMS');
  const confirmed = await fetch(`${url}/v3/vaccination/confirmOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ otp: sha256Hex(otp), txnId }),
  });
  if (!confirmed.ok) throw new Error(`confirmOTP: ${confirmed.status}`);
  return ((await confirmed.json()) as { token: string }).token;
}
