/**
 * One call to a registry (SPEC §3), shared by the desk (registry-client.ts) and the holder page
 * (src/holder/api.ts): the request, the transport's failure, the answer read as JSON, and a
 * refusal read from the registry's error body. Each caller maps the result to its own error
 * codes; nothing secret is kept in what this returns.
 */
import { isRegistryErrorCode, type RegistryErrorCode } from '../protocol/registry-api.ts';
import {
  TransportError,
  asObject,
  fetchJson,
  type FetchJsonOptions,
  type TransportFailure,
} from './fetch-json.ts';

/** What the registry's error body (or its `Retry-After` header) says of a refusal. */
export interface Refusal {
  /** The registry's own code, when the body names one SPEC §3 knows. */
  errorCode: RegistryErrorCode | null;
  /** For a wrong OTP: the tries left, when said. */
  triesLeft?: number;
  /** For a rate limit: seconds to wait, when said. */
  retryAfterS?: number;
}

/** How one call ended. */
export type RegistryAnswer =
  | { kind: 'ok'; response: Response; body: Record<string, unknown> }
  | { kind: 'transport'; code: TransportFailure }
  | { kind: 'not-json'; response: Response }
  | { kind: 'refused'; response: Response; refusal: Refusal };

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function refusalOf(response: Response, body: Record<string, unknown> | null): Refusal {
  const header = Number(response.headers.get('Retry-After'));
  const retryAfterS =
    nonNegativeInt(body?.retryAfter) ??
    (Number.isFinite(header) && header > 0 ? header : undefined);
  const triesLeft = nonNegativeInt(body?.triesLeft);
  return {
    errorCode: isRegistryErrorCode(body?.errorCode) ? body.errorCode : null,
    ...(triesLeft === undefined ? {} : { triesLeft }),
    ...(retryAfterS === undefined ? {} : { retryAfterS }),
  };
}

/** Makes the call; never throws (a call cancelled by its caller ends as `NETWORK`). */
export async function callRegistry(
  url: string,
  options: FetchJsonOptions,
): Promise<RegistryAnswer> {
  let answer;
  try {
    answer = await fetchJson(url, options);
  } catch (error) {
    return { kind: 'transport', code: error instanceof TransportError ? error.code : 'NETWORK' };
  }
  const { response } = answer;
  const body = asObject(answer.body);
  if (!response.ok) return { kind: 'refused', response, refusal: refusalOf(response, body) };
  return body ? { kind: 'ok', response, body } : { kind: 'not-json', response };
}
