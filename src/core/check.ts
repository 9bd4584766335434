/**
 * Turns a scanned code into an outcome. A KYC-VS token: the protocol's verdict made with the held
 * keys, one key refresh when the token's key is not held and the device is online, the QR path's
 * own rule on `nonce` (SPEC §5), and the warnings that go with the keys used. The other formats
 * of SPEC §9 go to `checkCredential` with the trust list.
 */
import {
  decodeBase64url,
  detectFormat,
  qrTextToJws,
  verifyStatusToken,
} from '../protocol/index.ts';
import type { RefreshResult } from '../store/trust-store.ts';
import { keyHealth } from '../store/trust-store.ts';
import type { IssuerRecord, TrustListRecord } from '../store/db.ts';
import { checkCredential } from './check-credential.ts';
import type { RevocationLookup } from '../protocol/index.ts';
import type { Outcome } from './outcome.ts';

/** Where a token came from: a QR (holder token) or the desk's own request (SPEC §2). */
export type CheckPath = 'qr' | 'desk';

/** What a check needs: the held keys, the network state and the clock. */
export interface CheckContext {
  /** The issuers currently trusted (read fresh for each check). */
  issuers: () => Promise<IssuerRecord[]>;
  /** The trust list held for the other credential formats (SPEC §9); null when none is held. */
  trustList?: () => Promise<TrustListRecord | null>;
  /** The revocation index of a held trust list (SPEC §10). */
  revocation?: (record: TrustListRecord) => RevocationLookup;
  /** True when the device believes it is online. */
  online: () => boolean;
  /** Refreshes the keys for a token whose key is not held; null when no refresh was made. */
  refresh: () => Promise<RefreshResult | null>;
  /** The current time, ms since the epoch. */
  now: () => number;
  /** This verifier's id, checked against `aud` when the token has one. */
  audience?: string;
  /** The nonce sent with this check (desk tokens). */
  nonce?: string;
  path: CheckPath;
}

function decodeJson(part: string | undefined): Record<string, unknown> | null {
  const bytes = part === undefined ? null : decodeBase64url(part);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** True when the payload of a compact JWS carries a `nonce` claim. */
function carriesNonce(jws: string): boolean {
  const payload = decodeJson(jws.split('.')[1]);
  return payload !== null && 'nonce' in payload;
}

async function verifyWith(jws: string, issuers: IssuerRecord[], context: CheckContext) {
  const options: { now: Date; audience?: string; nonce?: string } = {
    now: new Date(context.now()),
  };
  if (context.audience) options.audience = context.audience;
  if (context.nonce) options.nonce = context.nonce;
  return verifyStatusToken(
    jws,
    issuers.map(({ iss, jwks }) => ({ iss, jwks })),
    options,
  );
}

/** Verifies `jws` with the held keys; refreshes them once when the key is unknown and online. */
export async function checkToken(jws: string, context: CheckContext): Promise<Outcome> {
  let issuers = await context.issuers();
  const warnings = () => {
    const health = keyHealth(issuers, context.now());
    return { staleKeys: health.stale, clockWarning: health.clockWarning };
  };
  // SPEC §5: a token with a nonce answers a desk or embedded check, never a holder's QR.
  if (context.path === 'qr' && carriesNonce(jws)) {
    return { kind: 'invalid', format: 'kycvs', code: 'NONCE_MISMATCH', ...warnings() };
  }
  let verdict = await verifyWith(jws, issuers, context);
  const keyMissing =
    !verdict.ok &&
    (verdict.code === 'UNKNOWN_KEY' ||
      (verdict.code === 'UNTRUSTED_ISSUER' && issuers.length === 0));
  if (keyMissing && context.online()) {
    const refreshed = await context.refresh();
    if (refreshed?.ok) {
      issuers = await context.issuers();
      verdict = await verifyWith(jws, issuers, context);
    }
  }
  if (verdict.ok) {
    return {
      kind: 'status',
      format: 'kycvs',
      status: verdict.status,
      name: verdict.name,
      mob: verdict.mob,
      issuedAt: verdict.iat * 1000,
      // SPEC §5, §9: repeats are recognised by iss + jti.
      id: JSON.stringify([verdict.iss, verdict.jti]),
      expiresAt: verdict.exp * 1000,
      alreadyCheckedAt: null,
      ...warnings(),
    };
  }
  // UNKNOWN_KEY means "cannot check with the keys held", never "forged" (SPEC §6).
  if (verdict.code === 'UNKNOWN_KEY') {
    return { kind: 'cannot', format: 'kycvs', reason: 'UNKNOWN_KEY', ...warnings() };
  }
  if (verdict.code === 'UNTRUSTED_ISSUER' && issuers.length === 0) {
    return { kind: 'cannot', format: 'kycvs', reason: 'NO_KEYS', ...warnings() };
  }
  return { kind: 'invalid', format: 'kycvs', code: verdict.code, ...warnings() };
}

/** A decoded QR code's own bytes, and whether the decoder gave them as they are. */
export interface QrBytes {
  bytes: Uint8Array;
  exact: boolean;
}

const ZIP_MAGIC = 'PK\u0003\u0004';

/**
 * What to verify: the code's bytes when they are binary (a CoWIN certificate's ZIP, SPEC §9),
 * else its text. A decoder that gave text only may still have read the ZIP one byte a character.
 */
function inputOf(text: string, code: QrBytes | undefined): string | Uint8Array {
  if (code?.exact && code.bytes.length > 0) {
    const zip = code.bytes[0] === 0x50 && code.bytes[1] === 0x4b && code.bytes[2] === 3;
    if (zip || !isUtf8(code.bytes)) return code.bytes;
  }
  if (text.startsWith(ZIP_MAGIC) && /^[\u0000-\u00ff]*$/.test(text)) {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a QR (scanned, typed by a hand-held scanner, pasted or from an image): the one place a
 * credential format is recognised (SPEC §9). `code` carries the decoder's bytes, which a CoWIN
 * certificate's binary QR needs; text alone serves every other format.
 */
export async function checkQrText(
  text: string,
  context: Omit<CheckContext, 'path' | 'nonce'>,
  code?: QrBytes,
): Promise<Outcome> {
  const input = inputOf(text, code);
  const format = detectFormat(typeof input === 'string' ? input.trim() : input);
  if (format !== null && format !== 'kycvs') {
    return checkCredential(input, format, {
      trustList: context.trustList ?? (async () => null),
      ...(context.revocation ? { revocation: context.revocation } : {}),
      online: context.online,
      refresh: context.refresh,
      now: context.now,
      clockWarning: async () => keyHealth(await context.issuers(), context.now()).clockWarning,
    });
  }
  const jws = typeof input === 'string' ? qrTextToJws(input.trim()) : null;
  if (jws === null) {
    return {
      kind: 'invalid',
      format: null,
      code: 'MALFORMED',
      staleKeys: false,
      clockWarning: false,
    };
  }
  return checkToken(jws, { ...context, path: 'qr' });
}
