/** Small fetch helpers that drive a running simulator the way SPEC §3 describes. */
import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of a string (how the OTP travels to confirmOTP). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`POST ${new URL(url).pathname}: ${response.status} ${String(json.errorCode)}`);
  }
  return json;
}

/** Registers a verifier through /dev/verifiers and returns its API key. */
export async function registerVerifier(
  url: string,
  verifier: { verifier_id: string; name: string; origins: string[] },
): Promise<string> {
  const json = await postJson(`${url}/dev/verifiers`, verifier);
  return json.api_key as string;
}

/** Adds a beneficiary through /dev/persons. */
export async function addPerson(
  url: string,
  person: {
    mobile_number: string;
    full_name: string;
    birth_year?: number;
    doses?: { vaccine: string; date: string }[];
  },
): Promise<void> {
  await postJson(`${url}/dev/persons`, person);
}

/** The OTP of the newest SMS sent to `mobile`, or null when none was sent. */
export async function latestOtp(url: string, mobile: string): Promise<string | null> {
  const response = await fetch(`${url}/dev/sms?mobile_number=${mobile}`);
  const outbox = (await response.json()) as { text: string }[];
  const match = outbox[0] ? /\b(\d{6})\b/.exec(outbox[0].text) : null;
  return match ? match[1]! : null;
}

/** generateOTP, read the SMS, confirmOTP, status: the whole desk flow. */
export async function runOtpFlow(
  url: string,
  apiKey: string,
  input: { mobile: string; fullName: string; nonce?: string },
): Promise<{ status: number; signed_status: string }> {
  const headers = { 'X-Api-Key': apiKey };
  const { txnId } = await postJson(
    `${url}/v3/vaccination/generateOTP`,
    { mobile_number: input.mobile, full_name: input.fullName },
    headers,
  );
  const otp = await latestOtp(url, input.mobile);
  if (otp === null) throw new Error('No OTP SMS was sent');
  const { token } = await postJson(
    `${url}/v3/vaccination/confirmOTP`,
    { otp: sha256Hex(otp), txnId },
    headers,
  );
  const query = input.nonce === undefined ? '' : `?nonce=${encodeURIComponent(input.nonce)}`;
  const response = await fetch(`${url}/v3/vaccination/status${query}`, {
    headers: { ...headers, Authorization: `Bearer ${String(token)}` },
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`GET status: ${response.status} ${String(json.errorCode)}`);
  return { status: json.vaccination_status as number, signed_status: json.signed_status as string };
}
