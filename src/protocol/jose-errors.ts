/** The one place where jose's error codes become verdict codes. */
import type { VerdictCode } from './verdict.ts';

const JOSE_TO_VERDICT: Record<string, VerdictCode> = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'BAD_SIGNATURE',
  ERR_JOSE_ALG_NOT_ALLOWED: 'UNSUPPORTED_ALG',
  ERR_JOSE_NOT_SUPPORTED: 'UNSUPPORTED_ALG',
  ERR_JWS_INVALID: 'MALFORMED',
  ERR_JWT_INVALID: 'MALFORMED',
  ERR_JWT_EXPIRED: 'EXPIRED',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'BAD_CLAIMS',
  ERR_JWK_INVALID: 'UNKNOWN_KEY',
  ERR_JWKS_NO_MATCHING_KEY: 'UNKNOWN_KEY',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'UNKNOWN_KEY',
};

/** Maps an error thrown while verifying to a verdict code; anything unknown is `MALFORMED`. */
export function verdictCodeForError(error: unknown): VerdictCode {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? (error as { code: unknown }).code
      : undefined;
  return (typeof code === 'string' && JOSE_TO_VERDICT[code]) || 'MALFORMED';
}
