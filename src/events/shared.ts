/**
 * What a tablet and an event hub agree on (SPEC §11): the shape of an event's id and secret, the
 * keys derived from the secret, and the one entry a check adds to the event's document. Plain Web
 * Crypto, so the PWA and the hub (Node) share this file.
 */
import { decodeBase64url, encodeBase64url } from '../protocol/base64url.ts';
import { VERDICT_GROUPS, type VerdictGroup } from '../store/verdicts.ts';

/** An event id: 16 random bytes, base64url. It is also the name of the event's document. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** An event secret: 32 random bytes (256 bits), base64url. */
export const EVENT_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A hub token: 32 bytes derived from the secret, base64url. */
export const HUB_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Why a hub refuses a tablet, as its `onAuthenticationFailed` reason reads: the document name is
 * not an event id, the token is not a hub token, the token is not the one the event was first
 * joined with, or the hub could not check (its Redis is unreachable).
 */
export const HUB_REFUSALS = [
  'not-an-event',
  'bad-token',
  'wrong-token',
  'hub-unavailable',
  'hub-full',
] as const;
/** One of `HUB_REFUSALS`. */
export type HubRefusal = (typeof HUB_REFUSALS)[number];

/** The name of the Y.Map in an event's document that holds its entries, keyed by entry id. */
export const ENTRIES_MAP = 'entries';

/** How a check was made: a QR (scanned, typed or from a photo) or the online OTP desk check. */
export const ENTRY_METHODS = ['qr', 'otp'] as const;
/** The credential formats of SPEC §9. */
export const ENTRY_FORMATS = ['kycvs', 'divoc', 'eudcc', 'shc'] as const;
/** The verdict groups the home screen counts. */
export const ENTRY_VERDICTS = VERDICT_GROUPS;

/** One check, as every gate of the event sees it. Nothing here names or identifies a person. */
export interface EventEntry {
  /** The gate's name, as its staff typed it. */
  gate: string;
  /** When the check was made (ms since the epoch, the checking tablet's clock). */
  time: number;
  method: (typeof ENTRY_METHODS)[number];
  format: (typeof ENTRY_FORMATS)[number] | null;
  /** The verdict group, as the home screen counts it. */
  verdict: VerdictGroup;
  /** HMAC-SHA-256 of the credential's SPEC §9 id under the event's tag key, 128 bits, base64url; null when the check found no credential. */
  tag: string | null;
}

/** The longest gate name kept: a name, not a note. */
export const GATE_NAME_MAX = 40;

/** An entry id: 16 random bytes, base64url. */
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const TAG_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Whether `value` is an entry as SPEC §11 has it, with no field besides its own. */
export function isEventEntry(value: unknown): value is EventEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  const keys = Object.keys(entry);
  if (keys.length !== 6) return false;
  return (
    typeof entry.gate === 'string' &&
    entry.gate.length > 0 &&
    entry.gate.length <= GATE_NAME_MAX &&
    typeof entry.time === 'number' &&
    Number.isSafeInteger(entry.time) &&
    entry.time > 0 &&
    (ENTRY_METHODS as readonly unknown[]).includes(entry.method) &&
    (entry.format === null || (ENTRY_FORMATS as readonly unknown[]).includes(entry.format)) &&
    (ENTRY_VERDICTS as readonly unknown[]).includes(entry.verdict) &&
    (entry.tag === null || (typeof entry.tag === 'string' && TAG_PATTERN.test(entry.tag)))
  );
}

/** `n` random bytes as base64url. */
export function randomBase64url(n: number): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(n)));
}

const encoder = new TextEncoder();

async function derive(secret: string, eventId: string, info: string): Promise<Uint8Array> {
  const bytes = decodeBase64url(secret);
  if (!bytes || bytes.length !== 32) throw new TypeError('An event secret is 32 bytes, base64url.');
  const ikm = await crypto.subtle.importKey('raw', bytes as BufferSource, 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(`kycvs-event:${eventId}`),
      info: encoder.encode(info),
    },
    ikm,
    256,
  );
  return new Uint8Array(bits);
}

/** The token a tablet shows the hub for this event (HKDF-SHA-256 of the secret, RFC 5869). */
export async function deriveHubToken(secret: string, eventId: string): Promise<string> {
  return encodeBase64url(await derive(secret, eventId, 'kycvs-event hub token'));
}

/** The HMAC key under which this event's tablets tag credential ids. Never leaves the tablet. */
export async function deriveTagKey(secret: string, eventId: string): Promise<CryptoKey> {
  const raw = await derive(secret, eventId, 'kycvs-event tag key');
  return crypto.subtle.importKey(
    'raw',
    raw as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** The tag of a credential id: HMAC-SHA-256 under the event's tag key, cut to 128 bits. */
export async function tagOf(tagKey: CryptoKey, credentialId: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', tagKey, encoder.encode(credentialId));
  return encodeBase64url(new Uint8Array(mac).subarray(0, 16));
}

/** What the hub keeps of a token: its SHA-256, base64url. */
export async function hubTokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token));
  return encodeBase64url(new Uint8Array(digest));
}
