/**
 * The holder page's calls to its registry: send an OTP, confirm it for a signed status. Every
 * failure becomes a `HolderApiError` with a code the page explains; nothing secret is kept in it.
 */
import { CodedError } from '../lib/coded-error.ts';
import { isRegistryErrorCode, isVaccinationStatus } from '../protocol/index.ts';
import type { RegistryErrorCode, VaccinationStatus } from '../protocol/index.ts';
import { PAGE_TOKEN_HEADER } from '../protocol/registry-api.ts';
import { asObject, fetchJson } from '../lib/fetch-json.ts';
import { sha256Hex } from '../protocol/sha256.ts';
import { CONFIG_ELEMENT_ID, HOLDER_API, parseHolderConfig } from './config.ts';

/** Why a call failed: the registry's codes (SPEC §3), or a transport problem. */
export type HolderErrorCode = RegistryErrorCode | 'NETWORK' | 'SERVER' | 'BAD_RESPONSE';

/** A failed call to the registry. */
export class HolderApiError extends CodedError<HolderErrorCode> {
  override name = 'HolderApiError';
  constructor(
    code: HolderErrorCode,
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

/** The page's current single-use token (SPEC §3): first from its config, then from each answer. */
let pageToken: string | undefined;

function currentPageToken(): string | undefined {
  if (pageToken === undefined && typeof document !== 'undefined') {
    try {
      const text = document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? 'null';
      const config = parseHolderConfig(JSON.parse(text));
      if (config !== null && config.mode !== 'rejected') pageToken = config.pageToken;
    } catch {
      pageToken = undefined;
    }
  }
  return pageToken;
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

async function postJson(
  path: string,
  body: Record<string, unknown>,
  fetchImpl: typeof fetch,
): Promise<Record<string, unknown>> {
  let answer;
  const token = currentPageToken();
  try {
    answer = await fetchJson(path, {
      method: 'POST',
      ...(token !== undefined ? { headers: { [PAGE_TOKEN_HEADER]: token } } : {}),
      body,
      fetch: fetchImpl,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
  } catch {
    throw new HolderApiError('NETWORK');
  }
  const { response } = answer;
  const next = response.headers.get(PAGE_TOKEN_HEADER);
  if (next !== null) pageToken = next;
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
  input: { mobile: string; fullName: string; clientId?: string; language?: string },
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const body = await postJson(
    HOLDER_API.generateOtp,
    {
      mobile_number: input.mobile,
      full_name: input.fullName,
      ...(input.clientId !== undefined ? { client_id: input.clientId } : {}),
      // The SMS comes in the page's language (SPEC §12).
      ...(input.language !== undefined ? { language: input.language } : {}),
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
