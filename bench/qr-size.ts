/**
 * qr_version_holder_token: the QR version (level M) of a typical holder token in SPEC §5's
 * numeric form, with the byte counts that decide it.
 */
import QRCode from 'qrcode';
import { jwsToQrText, QR_PREFIX } from '../src/protocol/index.ts';

/** The version and where the characters go. */
export interface QrSize {
  version: number;
  jwsChars: number;
  qrDigits: number;
  headerJson: number;
  headerB64: number;
  payloadJson: number;
  payloadB64: number;
  signatureB64: number;
  /** JWS characters that fit version 12-M in this encoding (SPEC §5 says 334). */
  v12Capacity: number;
  /** Characters of each claim as serialised, `"name":"value"` with its comma. */
  claimChars: Record<string, number>;
}

/** Bits that a byte segment for the prefix and a numeric segment of `digits` take at v10-26. */
function dataBits(digits: number): number {
  const prefix = 4 + 16 + 8 * QR_PREFIX.length;
  const numeric = 4 + 12 + Math.floor(digits / 3) * 10 + [0, 4, 7][digits % 3]!;
  return prefix + numeric;
}

/** Data codewords of version 12 at level M (ISO/IEC 18004 table 7). */
const V12_M_DATA_BITS = 290 * 8;

/** Measures a compact JWS as the holder page would put it in a QR. */
export function measureQr(jws: string): QrSize {
  const text = jwsToQrText(jws);
  const digits = text.slice(QR_PREFIX.length);
  const qr = QRCode.create(
    [
      { data: Buffer.from(QR_PREFIX), mode: 'byte' },
      { data: digits, mode: 'numeric' },
    ],
    { errorCorrectionLevel: 'M' },
  );
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const headerJson = Buffer.from(header, 'base64url').toString('utf8');
  const payloadJson = Buffer.from(payload, 'base64url').toString('utf8');
  const claims = JSON.parse(payloadJson) as Record<string, unknown>;
  const claimChars: Record<string, number> = {};
  for (const [name, value] of Object.entries(claims)) {
    claimChars[name] = JSON.stringify({ [name]: value }).length - 2 + 1;
  }
  let capacity = 0;
  while (dataBits(2 * (capacity + 1)) <= V12_M_DATA_BITS) capacity++;
  return {
    version: qr.version,
    jwsChars: jws.length,
    qrDigits: digits.length,
    headerJson: Buffer.byteLength(headerJson),
    headerB64: header.length,
    payloadJson: Buffer.byteLength(payloadJson),
    payloadB64: payload.length,
    signatureB64: signature.length,
    v12Capacity: capacity,
    claimChars,
  };
}
