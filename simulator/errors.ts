/** The simulator's one error type and the CoWIN-style codes it answers with (SPEC §3). */
import type { ApiErrorBody, RegistryErrorCode } from '../src/protocol/registry-api.ts';

/** An error the client may see: HTTP status, code, a human message free of personal data. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly errorCode: RegistryErrorCode,
    message: string,
    /** Extra fields for the body (`triesLeft`) and headers (`Retry-After`). */
    readonly extra: {
      body?: { triesLeft?: number; retryAfter?: number };
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  toBody(): ApiErrorBody {
    return { ...this.extra.body, errorCode: this.errorCode, error: this.message };
  }
}

/** 400 REQVAL0001: the request body or query is not what the endpoint takes. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'REQVAL0001', message);
}

/** 429 USRAUT0016 with a Retry-After of at least one second. */
export function rateLimited(message: string, retryAfterS: number): ApiError {
  const seconds = String(Math.max(1, Math.ceil(retryAfterS)));
  return new ApiError(429, 'USRAUT0016', message, {
    body: { retryAfter: Number(seconds) },
    headers: { 'Retry-After': seconds },
  });
}
