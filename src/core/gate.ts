/**
 * The Settings PIN of a gate tablet (SPEC §8): kept only as a salted PBKDF2-SHA-256 hash,
 * compared in constant time; five wrong PINs in a row make the next try wait a minute, and the
 * count survives a reload.
 */
import { decodeBase64url, encodeBase64url } from '../protocol/base64url.ts';
import type { PinRecord, VerifierDatabase } from '../store/db.ts';

/** PBKDF2 iterations for a new PIN (OWASP's figure for PBKDF2-HMAC-SHA-256). */
export const PIN_ITERATIONS = 310_000;

/** Wrong PINs in a row before a wait. */
export const PIN_TRIES = 5;

/** How long the wait after too many wrong PINs lasts. */
export const PIN_WAIT_MS = 60_000;

/** A PIN Settings accept: 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/;

/** The answer to a PIN. */
export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'WRONG'; triesLeft: number }
  | { ok: false; reason: 'WAIT'; until: number };

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** Equal byte strings, compared without an early exit. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function isPinRecord(value: unknown): value is PinRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.salt === 'string' &&
    typeof record.hash === 'string' &&
    Number.isInteger(record.iterations) &&
    (record.iterations as number) >= 1 &&
    Number.isInteger(record.failures) &&
    typeof record.lockedUntil === 'number'
  );
}

/** The stored PIN record, or null when no PIN is set. */
export async function loadPin(db: VerifierDatabase): Promise<PinRecord | null> {
  const stored: unknown = await db.get('gate', 'pin');
  return isPinRecord(stored) ? stored : null;
}

/** Stores a new PIN (its hash), or removes the PIN when `pin` is null. Throws `TypeError` for a bad PIN. */
export async function setPin(db: VerifierDatabase, pin: string | null): Promise<void> {
  if (pin === null) {
    await db.delete('gate', 'pin');
    return;
  }
  if (!PIN_PATTERN.test(pin)) throw new TypeError('a PIN is 4 to 12 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  const record: PinRecord = {
    salt: encodeBase64url(salt),
    hash: encodeBase64url(hash),
    iterations: PIN_ITERATIONS,
    failures: 0,
    lockedUntil: 0,
  };
  await db.put('gate', record, 'pin');
}

/** Tries `pin` against the stored one at time `now`; counts and stores a wrong one. */
export async function tryPin(
  db: VerifierDatabase,
  pin: string,
  now: number,
): Promise<UnlockResult> {
  const record = await loadPin(db);
  if (!record) return { ok: true };
  if (now < record.lockedUntil) return { ok: false, reason: 'WAIT', until: record.lockedUntil };
  const salt = decodeBase64url(record.salt) ?? new Uint8Array(0);
  const expected = decodeBase64url(record.hash) ?? new Uint8Array(0);
  const given = await derive(pin, salt, record.iterations);
  if (constantTimeEqual(given, expected)) {
    if (record.failures !== 0)
      await db.put('gate', { ...record, failures: 0, lockedUntil: 0 }, 'pin');
    return { ok: true };
  }
  const failures = record.failures + 1;
  if (failures >= PIN_TRIES) {
    const until = now + PIN_WAIT_MS;
    await db.put('gate', { ...record, failures: 0, lockedUntil: until }, 'pin');
    return { ok: false, reason: 'WAIT', until };
  }
  await db.put('gate', { ...record, failures }, 'pin');
  return { ok: false, reason: 'WRONG', triesLeft: PIN_TRIES - failures };
}
