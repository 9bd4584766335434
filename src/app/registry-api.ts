/**
 * The registry's desk-check API (SPEC §3) as seen from the verifier: generate an OTP, confirm
 * it, fetch the signed status. Every failure becomes a `RegistryError` with a code the UI
 * explains; no secret ever goes into an error or a log.
 */
import type { Settings } from '../store/db.ts';
import { REQUEST_TIMEOUT_MS } from '../store/trust-store.ts';

/** Why a registry call failed: the registry's own codes, or a transport problem. */
export type RegistryErrorCode =
  | 'USRAUT0014'
  | 'USRAUT0015'
  | 'USRAUT0016'
  | 'APIKEY0001'
  | 'AUTH0001'
  | 'REQVAL0001'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'SERVER'
  | 'BAD_RESPONSE';

const REGISTRY_CODES = new Set<string>([
  'USRAUT0014',
  'USRAUT0015',
  'USRAUT0016',
  'APIKEY0001',
  'AUTH0001',
  'REQVAL0001',
]);

/** A failed registry call. */
export class RegistryError extends Error {
  /** What went wrong, for the UI's table of messages. */
  readonly code: RegistryErrorCode;
  /** For a wrong OTP, the tries the registry says are left, when it says so. */
  readonly triesLeft: number | undefined;
  constructor(code: RegistryErrorCode, triesLeft?: number) {
    super(code);
    this.name = 'RegistryError';
    this.code = code;
    this.triesLeft = triesLeft;
  }
}

/** Options for a registry call. */
export interface CallOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Aborts the call when the screen that made it goes away. */
  signal?: AbortSignal;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function triesFrom(body: Record<string, unknown>): number | undefined {
  for (const key of ['triesLeft', 'tries_left', 'attemptsLeft', 'attempts_left']) {
    const value = body[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  }
  return undefined;
}

async function call(
  url: string,
  init: RequestInit,
  options: CallOptions,
): Promise<Record<string, unknown>> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) controller.abort();
  let response: Response;
  let body: unknown;
  try {
    response = await doFetch(url, {
      ...init,
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    const text = await response.text();
    try {
      body = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      body = null;
    }
  } catch {
    // A call cancelled by its caller is never shown, so it needs no code of its own.
    throw new RegistryError(timedOut ? 'TIMEOUT' : 'NETWORK');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
  if (response.ok) {
    if (!isObject(body)) throw new RegistryError('BAD_RESPONSE');
    return body;
  }
  const code = isObject(body) ? body.errorCode : undefined;
  if (typeof code === 'string' && REGISTRY_CODES.has(code)) {
    throw new RegistryError(
      code as RegistryErrorCode,
      isObject(body) ? triesFrom(body) : undefined,
    );
  }
  if (response.status === 429) throw new RegistryError('USRAUT0016');
  if (response.status === 401 || response.status === 403) throw new RegistryError('APIKEY0001');
  throw new RegistryError('SERVER');
}

function jsonHeaders(settings: Settings): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-Api-Key': settings.apiKey,
  };
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
      headers: jsonHeaders(settings),
      body: JSON.stringify({ mobile_number: mobile, full_name: fullName }),
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
      headers: jsonHeaders(settings),
      body: JSON.stringify({ otp: otpHash, txnId }),
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
      headers: {
        Accept: 'application/json',
        'X-Api-Key': settings.apiKey,
        Authorization: `Bearer ${bearer}`,
      },
    },
    options,
  );
  if (typeof body.signed_status !== 'string' || body.signed_status.length === 0) {
    throw new RegistryError('BAD_RESPONSE');
  }
  return body.signed_status;
}

/** Lowercase hex SHA-256 of `text`, as the registry expects the OTP (SPEC §3). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A fresh nonce for one check: 128 random bits in base64url (22 characters). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
