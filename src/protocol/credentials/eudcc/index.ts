/**
 * EU Digital COVID Certificates (hcert 1.3): `HC1:` + Base45 of zlib of a COSE_Sign1 (RFC 9052)
 * CWT (RFC 8392), verified against the document signer certificate the kid names.
 */
import { encode } from 'cborg';
import type {
  CredentialOptions,
  CredentialVerdict,
  EudccTrustEntry,
  FormatAccepted,
} from '../types.ts';
import { eudccRevocationKeys } from '../revocation.ts';
import { checkWindow, encodeBase64, nowSeconds, reject } from '../common.ts';
import { inflateCapped } from '../inflate.ts';
import { decodeBase45 } from './base45.ts';
import { Tagged, decodeCbor, toNumber, toPlain } from './cbor.ts';
import { summariseHcert } from './hcert.ts';
import { signerOf, type Signer } from './signer.ts';

const PREFIX = 'HC1:';
const COSE_SIGN1 = 18;
const CWT = 61;
// RFC 9052 §3.1 header labels; RFC 9053 algorithm values.
const ALG = 1;
const KID = 4;
const ALGORITHMS: Record<number, 'ES256' | 'PS256'> = { [-7]: 'ES256', [-37]: 'PS256' };
// RFC 8392 §3.1 claim keys, and hcert's -260 → 1 (eu-dcc hcert spec §2.6.3).
const ISS = 1;
const EXP = 4;
const IAT = 6;
const HCERT = -260;
const EU_DCC_V1 = 1;

interface CoseSign1 {
  protectedBytes: Uint8Array;
  protectedHeader: Map<unknown, unknown>;
  unprotectedHeader: Map<unknown, unknown>;
  payload: Uint8Array;
  signature: Uint8Array;
}

function parseCose(data: Uint8Array): CoseSign1 | null {
  let item = decodeCbor(data);
  // The CWT tag may wrap the COSE_Sign1 tag; an untagged COSE_Sign1 array is read the same.
  if (item instanceof Tagged && item.tag === CWT) item = item.value;
  if (item instanceof Tagged && item.tag === COSE_SIGN1) item = item.value;
  if (!Array.isArray(item) || item.length !== 4) return null;
  const [protectedBytes, unprotectedHeader, payload, signature] = item as unknown[];
  if (!(protectedBytes instanceof Uint8Array) || !(unprotectedHeader instanceof Map)) return null;
  if (!(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) return null;
  const decoded = protectedBytes.length === 0 ? new Map() : decodeCbor(protectedBytes);
  if (!(decoded instanceof Map)) return null;
  return { protectedBytes, protectedHeader: decoded, unprotectedHeader, payload, signature };
}

function headerKid(cose: CoseSign1): string | null {
  // hcert spec §3.3.1: the kid belongs in the protected header; the unprotected one is a fallback.
  const kid = cose.protectedHeader.get(KID) ?? cose.unprotectedHeader.get(KID);
  return kid instanceof Uint8Array && kid.length > 0 && kid.length <= 64 ? encodeBase64(kid) : null;
}

async function findSigner(
  trusted: EudccTrustEntry[],
  kid: string,
): Promise<{ signer: Signer; country: string } | null> {
  if (!Array.isArray(trusted)) return null;
  for (const entry of trusted) {
    if (typeof entry !== 'object' || entry === null || entry.kid !== kid) continue;
    if (typeof entry.certificate !== 'string') continue;
    const signer = await signerOf(entry.certificate);
    // The kid listed must be the certificate's own (the SHA-256 of its DER).
    if (signer && signer.kid === kid) {
      return { signer, country: typeof entry.country === 'string' ? entry.country : '' };
    }
  }
  return null;
}

async function signatureHolds(cose: CoseSign1, signer: Signer): Promise<boolean> {
  // RFC 9052 §4.4: Sig_structure = ["Signature1", protected, external_aad, payload].
  const toBeSigned = encode(['Signature1', cose.protectedBytes, new Uint8Array(0), cose.payload]);
  if (signer.alg === 'ES256') {
    // RFC 9053 §2.1: an ECDSA signature is r || s, which WebCrypto takes as it is.
    const size = { 'P-256': 64, 'P-384': 96, 'P-521': 132 }[
      (signer.key.algorithm as EcKeyAlgorithm).namedCurve
    ];
    if (cose.signature.length !== size) return false;
    return crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      signer.key,
      cose.signature as BufferSource,
      toBeSigned as BufferSource,
    );
  }
  return crypto.subtle.verify(
    { name: 'RSA-PSS', saltLength: 32 },
    signer.key,
    cose.signature as BufferSource,
    toBeSigned as BufferSource,
  );
}

/**
 * Verifies an EU DCC's `HC1:` text. The steps, each with its rejection: prefix and Base45, zlib
 * (capped), COSE_Sign1 structure (`MALFORMED`); algorithm ES256 or PS256 (`UNSUPPORTED_ALG`);
 * the signer certificate the kid names (`UNKNOWN_KEY`) and its signature (`BAD_SIGNATURE`);
 * the certificate's validity and the CWT's `exp`/`iat` (`EXPIRED`, `NOT_YET_VALID`); the hcert
 * fields (`BAD_CLAIMS`); the key usage for its type (`WRONG_KEY_USAGE`); a test or recovery
 * certificate (`NOT_VACCINATION`).
 */
export async function verifyEudcc(
  text: string,
  trusted: EudccTrustEntry[],
  options: CredentialOptions,
): Promise<CredentialVerdict> {
  if (!text.startsWith(PREFIX)) return reject('eudcc', 'UNSUPPORTED_FORMAT', 'prefix');
  const compressed = decodeBase45(text.slice(PREFIX.length));
  if (!compressed) return reject('eudcc', 'MALFORMED', 'base45');
  const data = inflateCapped(compressed, 'zlib');
  if (!data) return reject('eudcc', 'MALFORMED', 'zlib');
  const cose = parseCose(data);
  if (!cose) return reject('eudcc', 'MALFORMED', 'cose');

  const alg = ALGORITHMS[cose.protectedHeader.get(ALG) as number];
  if (!alg) return reject('eudcc', 'UNSUPPORTED_ALG', 'alg');
  const kid = headerKid(cose);
  if (!kid) return reject('eudcc', 'UNKNOWN_KEY', 'kid');
  const found = await findSigner(trusted, kid);
  if (!found) return reject('eudcc', 'UNKNOWN_KEY', 'kid');
  const { signer, country } = found;
  if (signer.alg !== alg) return reject('eudcc', 'BAD_SIGNATURE', 'alg');
  if (!(await signatureHolds(cose, signer))) return reject('eudcc', 'BAD_SIGNATURE', 'signature');

  const now = nowSeconds(options.now);
  if (now === null) return reject('eudcc', 'MALFORMED', 'clock');
  if (now > signer.notAfter) return reject('eudcc', 'EXPIRED', 'certificate');
  if (now < signer.notBefore) return reject('eudcc', 'NOT_YET_VALID', 'certificate');

  const claims = decodeCbor(cose.payload);
  if (!(claims instanceof Map)) return reject('eudcc', 'MALFORMED', 'cwt');
  const exp = toNumber(claims.get(EXP));
  const iat = toNumber(claims.get(IAT));
  if (exp === undefined || iat === undefined) return reject('eudcc', 'BAD_CLAIMS', 'cwt');
  const window = checkWindow(now, iat, exp);
  if (window) return reject('eudcc', window, 'cwt');

  const hcerts = claims.get(HCERT);
  const summary = hcerts instanceof Map ? summariseHcert(toPlain(hcerts.get(EU_DCC_V1))) : null;
  if (!summary) return reject('eudcc', 'BAD_CLAIMS', 'hcert');
  if (signer.allowed && !signer.allowed.has(summary.type)) {
    return reject('eudcc', 'WRONG_KEY_USAGE', 'usage');
  }
  if (summary.type !== 'vaccination') return reject('eudcc', 'NOT_VACCINATION', summary.type);

  const iss = claims.get(ISS);
  const verdict: FormatAccepted = {
    ok: true,
    format: 'eudcc',
    status: summary.status,
    name: summary.name,
    birthDate: summary.birthDate,
    // The CWT issuer (a country code); the trust list's country for the signer when absent.
    issuer: typeof iss === 'string' && iss.length > 0 && iss.length <= 80 ? iss : country,
    id: summary.id,
    issuedAt: Math.floor(iat),
    expiresAt: Math.floor(exp),
    revocationKeys: await eudccRevocationKeys(summary.id, cose.signature, alg === 'ES256'),
  };
  return verdict;
}
