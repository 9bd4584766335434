/**
 * The holder page's calls to its registry: send an OTP, confirm it for a signed status. Every
 * failure becomes a `HolderApiError` with a code the page explains; nothing secret is kept in it.
 */
import { isRegistryErrorCode, isVaccinationStatus } from '../protocol/index.ts';
import type { RegistryErrorCode, VaccinationStatus } from '../protocol/index.ts';
import { asObject, fetchJson } from '../lib/fetch-json.ts';
import { sha256Hex } from '../lib/sha256-hex.ts';
import { HOLDER_API } from './config.ts';

/** Why a call failed: the registry's codes (SPEC §3), or a transport problem. */
export type HolderErrorCode = RegistryErrorCode | 'NETWORK' | 'SERVER' | 'BAD_RESPONSE';

/** A failed call to the registry. */
export class HolderApiError extends Error {
  override readonly name = 'HolderApiError';
  constructor(
    readonly code: HolderErrorCode,
    /** For a wrong OTP: the tries left. */
    readonly triesLeft?: number,
    /** For a rate limit: seconds to wait. */
    readonly retryAfterS?: number,
  ) {
    super(code);
  }
}

/** A confirmed OTP: the status and the token the registry signed. */
export interface SignedStatus {
  status: VaccinationStatus;
  token: string;
}

const REQUEST_TIMEOUT_MS = 20_000;

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

async function postJson(
  path: string,
  body: Record<string, unknown>,
  fetchImpl: typeof fetch,
): Promise<Record<string, unknown>> {
  let answer;
  try {
    answer = await fetchJson(path, {
      method: 'POST',
      body,
      fetch: fetchImpl,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
  } catch {
    throw new HolderApiError('NETWORK');
  }
  const { response } = answer;
  const json = asObject(answer.body);
  if (response.ok) {
    if (json === null) throw new HolderApiError('BAD_RESPONSE');
    return json;
  }
  if (isRegistryErrorCode(json?.errorCode)) {
    const header = Number(response.headers.get('Retry-After'));
    throw new HolderApiError(
      json.errorCode,
      nonNegativeInt(json.triesLeft),
      nonNegativeInt(json.retryAfter) ??
        (Number.isFinite(header) && header > 0 ? header : undefined),
    );
  }
  throw new HolderApiError(response.status === 429 ? 'USRAUT0016' : 'SERVER');
}

/** Asks the registry to send an OTP; returns the transaction id. */
export async function sendOtp(
  input: { mobile: string; fullName: string; clientId?: string },
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const body = await postJson(
    HOLDER_API.generateOtp,
    {
      mobile_number: input.mobile,
      full_name: input.fullName,
      ...(input.clientId !== undefined ? { client_id: input.clientId } : {}),
    },
    fetchImpl,
  );
  if (typeof body.txnId !== 'string') throw new HolderApiError('BAD_RESPONSE');
  return body.txnId;
}

/** Confirms the OTP (sent hashed) and returns the signed status. */
export async function confirmOtp(
  input: { txnId: string; otp: string; clientId?: string; nonce?: string },
  fetchImpl: typeof fetch = fetch,
): Promise<SignedStatus> {
  const body = await postJson(
    HOLDER_API.confirmOtp,
    {
      otp: await sha256Hex(input.otp),
      txnId: input.txnId,
      ...(input.clientId !== undefined ? { client_id: input.clientId } : {}),
      ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    },
    fetchImpl,
  );
  if (!isVaccinationStatus(body.vaccination_status) || typeof body.signed_status !== 'string') {
    throw new HolderApiError('BAD_RESPONSE');
  }
  return { status: body.vaccination_status, token: body.signed_status };
}
