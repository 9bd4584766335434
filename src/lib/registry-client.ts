/**
 * The registry's desk-check API (SPEC §3) as seen from the verifier: generate an OTP, confirm
 * it, fetch the signed status. Every failure becomes a `RegistryError` with a code the UI
 * explains; no secret ever goes into an error or a log.
 */
import { CodedError } from './coded-error.ts';
import {
  isRegistryErrorCode,
  type RegistryErrorCode as ApiErrorCode,
} from '../protocol/registry-api.ts';
import type {
  ApiErrorBody,
  ConfirmOtpRequest,
  GenerateOtpRequest,
} from '../protocol/registry-api.ts';
import { TransportError, asObject, fetchJson, type FetchJsonOptions } from './fetch-json.ts';
import type { Settings } from '../store/db.ts';

/** The registry's codes that say only that it failed: the desk shows them as `SERVER`. */
type ServerFailure = 'NOTFOUND0001' | 'SERVER0500' | 'SERVER0503';

/** Why a registry call failed: the registry's own codes (SPEC §3), or a transport problem. */
export type RegistryErrorCode =
  Exclude<ApiErrorCode, ServerFailure> | 'TIMEOUT' | 'NETWORK' | 'SERVER' | 'BAD_RESPONSE';

const SERVER_FAILURES: ReadonlySet<string> = new Set<ServerFailure>([
  'NOTFOUND0001',
  'SERVER0500',
  'SERVER0503',
]);

/** A failed registry call. */
export class RegistryError extends CodedError<RegistryErrorCode> {
  override name = 'RegistryError';
  /** For a wrong OTP, the tries the registry says are left, when it says so. */
  readonly triesLeft: number | undefined;
  constructor(code: RegistryErrorCode, triesLeft?: number) {
    super(code);
    this.triesLeft = triesLeft;
  }
}

/** Options for a registry call. */
export type CallOptions = Pick<FetchJsonOptions, 'fetch' | 'timeoutMs' | 'signal'>;

async function call(
  url: string,
  init: Pick<FetchJsonOptions, 'method' | 'headers' | 'body'>,
  options: CallOptions,
): Promise<Record<string, unknown>> {
  let answer;
  try {
    answer = await fetchJson(url, { ...init, ...options });
  } catch (error) {
    // A call cancelled by its caller is never shown, so it needs no code of its own.
    throw new RegistryError(error instanceof TransportError ? error.code : 'NETWORK');
  }
  const { response } = answer;
  const body = asObject(answer.body);
  if (response.ok) {
    if (!body) throw new RegistryError('BAD_RESPONSE');
    return body;
  }
  if (body && isRegistryErrorCode(body.errorCode) && !SERVER_FAILURES.has(body.errorCode)) {
    const { errorCode, triesLeft } = body as Partial<ApiErrorBody>;
    const tries =
      typeof triesLeft === 'number' && Number.isInteger(triesLeft) && triesLeft >= 0
        ? triesLeft
        : undefined;
    throw new RegistryError(errorCode as RegistryErrorCode, tries);
  }
  if (response.status === 429) throw new RegistryError('USRAUT0016');
  if (response.status === 401 || response.status === 403) throw new RegistryError('APIKEY0001');
  throw new RegistryError('SERVER');
}

function keyHeader(settings: Settings): Record<string, string> {
  return { 'X-Api-Key': settings.apiKey };
}

/** Asks the registry to send an OTP to the holder; returns the transaction id. */
export async function generateOtp(
  settings: Settings,
  mobile: string,
  fullName: string,
  options: CallOptions = {},
): Promise<string> {
  const body = await call(
    `${settings.registryUrl}/v3/vaccination/generateOTP`,
    {
      method: 'POST',
      headers: keyHeader(settings),
      body: { mobile_number: mobile, full_name: fullName } satisfies GenerateOtpRequest,
    },
    options,
  );
  if (typeof body.txnId !== 'string' || body.txnId.length === 0) {
    throw new RegistryError('BAD_RESPONSE');
  }
  return body.txnId;
}

/** Sends the hashed OTP; returns the bearer token for the status call. */
export async function confirmOtp(
  settings: Settings,
  txnId: string,
  otpHash: string,
  options: CallOptions = {},
): Promise<string> {
  const body = await call(
    `${settings.registryUrl}/v3/vaccination/confirmOTP`,
    {
      method: 'POST',
      headers: keyHeader(settings),
      body: { otp: otpHash, txnId } satisfies ConfirmOtpRequest,
    },
    options,
  );
  if (typeof body.token !== 'string' || body.token.length === 0) {
    throw new RegistryError('BAD_RESPONSE');
  }
  return body.token;
}

/** Fetches the signed status for this check's `nonce`; returns the status token. */
export async function fetchSignedStatus(
  settings: Settings,
  bearer: string,
  nonce: string,
  options: CallOptions = {},
): Promise<string> {
  const body = await call(
    `${settings.registryUrl}/v3/vaccination/status?nonce=${encodeURIComponent(nonce)}`,
    {
      method: 'GET',
      headers: { ...keyHeader(settings), Authorization: `Bearer ${bearer}` },
    },
    options,
  );
  if (typeof body.signed_status !== 'string' || body.signed_status.length === 0) {
    throw new RegistryError('BAD_RESPONSE');
  }
  return body.signed_status;
}
