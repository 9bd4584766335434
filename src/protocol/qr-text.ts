/**
 * The QR text of a holder token (SPEC §5): `kycvs:/` then every JWS character as two digits
 * (its code minus 45), so that the QR can use numeric mode, 3.3 bits a digit.
 */
import { MAX_TOKEN_LENGTH } from './claims.ts';

/** The prefix of a numeric KYC-VS QR text. */
export const QR_PREFIX = 'kycvs:/';

const OFFSET = 45;
const JWS_CHAR = /^[A-Za-z0-9_.-]$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Encodes a compact JWS as numeric QR text. Throws `TypeError` on a character a JWS never has. */
export function jwsToQrText(jws: string): string {
  let digits = '';
  for (let i = 0; i < jws.length; i++) {
    const ch = jws[i]!;
    if (!JWS_CHAR.test(ch)) throw new TypeError('not a compact JWS character');
    const code = ch.charCodeAt(0) - OFFSET;
    digits += code < 10 ? `0${code}` : String(code);
  }
  return QR_PREFIX + digits;
}

/**
 * The compact JWS carried by a scanned text: numeric `kycvs:/` text, or a raw compact JWS.
 * Returns null for anything else (surrounding white space, as scanners add, is ignored).
 */
export function qrTextToJws(text: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed.length > QR_PREFIX.length + 2 * MAX_TOKEN_LENGTH) return null;
  if (trimmed.slice(0, QR_PREFIX.length).toLowerCase() === QR_PREFIX) {
    const digits = trimmed.slice(QR_PREFIX.length);
    if (digits.length === 0 || digits.length % 2 !== 0 || !/^[0-9]+$/.test(digits)) return null;
    let jws = '';
    for (let i = 0; i < digits.length; i += 2) {
      const ch = String.fromCharCode(Number(digits.slice(i, i + 2)) + OFFSET);
      if (!JWS_CHAR.test(ch)) return null;
      jws += ch;
    }
    return COMPACT_JWS.test(jws) ? jws : null;
  }
  return trimmed.length <= MAX_TOKEN_LENGTH && COMPACT_JWS.test(trimmed) ? trimmed : null;
}
