/**
 * qr_version_holder_token: the QR version (level M) of a typical holder token in SPEC §5's
 * numeric form, with the byte counts that decide it, and the same for a 40-character name.
 */
import QRCode from 'qrcode';
import { withSigningRegistry } from './lib/holder.ts';
import { jwsToQrText, QR_PREFIX } from '../src/protocol/index.ts';
import type { BenchModule } from './lib/module.ts';

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
  /** JWS characters that fit version 13-M in this encoding (SPEC §5 says 387). */
  v13Capacity: number;
  /** Characters of each claim as serialised, `"name":"value"` with its comma. */
  claimChars: Record<string, number>;
}

/** Bits that a byte segment for the prefix and a numeric segment of `digits` take at v10-26. */
function dataBits(digits: number): number {
  const prefix = 4 + 16 + 8 * QR_PREFIX.length;
  const numeric = 4 + 12 + Math.floor(digits / 3) * 10 + [0, 4, 7][digits % 3]!;
  return prefix + numeric;
}

/** Data codewords of version 13 at level M (ISO/IEC 18004 table 7). */
const V13_M_DATA_BITS = 334 * 8;
/** SPEC §5: the largest version a holder token for a name of up to 40 characters may need. */
const MAX_VERSION = 13;
/** A 40-character name, the longest SPEC §5 sizes the QR for. */
const LONGEST_NAME = 'Venkata Subramanya Lakshminarayana Iyeng';

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
  while (dataBits(2 * (capacity + 1)) <= V13_M_DATA_BITS) capacity++;
  return {
    version: qr.version,
    jwsChars: jws.length,
    qrDigits: digits.length,
    headerJson: Buffer.byteLength(headerJson),
    headerB64: header.length,
    payloadJson: Buffer.byteLength(payloadJson),
    payloadB64: payload.length,
    signatureB64: signature.length,
    v13Capacity: capacity,
    claimChars,
  };
}

/** A holder token with a 40-character name, signed by the simulator's code on its data dir. */
async function longestNameToken(baseUrl: string, dataDir: string): Promise<string> {
  return withSigningRegistry(baseUrl, dataDir, (registry) =>
    registry.signHolderToken({ mobile: '9123456789', fullName: LONGEST_NAME, status: 2 }),
  );
}

/** The `qr-size` bench module: the holder token's QR, typical and 40-character names. */
export const bench: BenchModule = {
  name: 'qr-size',
  title: 'the QR version of a holder token (level M, SPEC §5 numeric form)',
  keys: [{ key: 'qr_version_holder_token', unit: '', goal: { op: '<=', limit: MAX_VERSION } }],
  async run(context) {
    const app = await context.app();
    const qr = measureQr(app.holderToken);
    const longest = measureQr(await longestNameToken(app.url, app.dataDir));
    const over = (size: QrSize) =>
      `the JWS is ${size.jwsChars} characters (header ${size.headerB64} + payload ` +
      `${size.payloadB64} + signature ${size.signatureB64} + 2 dots), version 13-M holds ` +
      `${size.v13Capacity}`;
    const detail = (size: QrSize) => ({
      version: size.version,
      jws_chars: size.jwsChars,
      qr_digits: size.qrDigits,
      header_json_bytes: size.headerJson,
      header_b64: size.headerB64,
      payload_json_bytes: size.payloadJson,
      payload_b64: size.payloadB64,
      signature_b64: size.signatureB64,
      v13_m_capacity_chars: size.v13Capacity,
      claim_chars: size.claimChars,
    });
    return {
      values: { qr_version_holder_token: qr.version },
      reasons: { qr_version_holder_token: over(qr) },
      notes: {
        typical_20_character_name: detail(qr),
        name_of_40_characters: detail(longest),
        name_of_40_characters_fits_spec: longest.version <= MAX_VERSION,
        token_source: app.tokenSource,
      },
    };
  },
};
