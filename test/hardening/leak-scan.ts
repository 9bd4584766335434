/**
 * Looking for secrets and personal data where they must not be: needles (an OTP, its SHA-256, a
 * mobile number, a name, a token) searched in every string reachable from an object graph, in the
 * files of a directory, or in text dumped from a browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One thing that must not be found, with a label that says what it is (never its value). */
export interface Needle {
  label: string;
  found(text: string): boolean;
}

/** Lowercase hex SHA-256 of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A run of digits standing on its own: not inside a longer word or number. A stored OTP shows up
 * as `"123456"` or `:123456,`; the same six digits inside a base64 key or a timestamp are chance.
 */
export function digitsNeedle(label: string, digits: string): Needle {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(digits)}(?![A-Za-z0-9])`);
  return { label, found: (text) => pattern.test(text) };
}

/** A plain substring, optionally case-insensitive. */
export function textNeedle(label: string, value: string, ignoreCase = false): Needle {
  if (value.length === 0) throw new Error(`empty needle ${label}`);
  const wanted = ignoreCase ? value.toLowerCase() : value;
  return {
    label,
    found: (text) => (ignoreCase ? text.toLowerCase() : text).includes(wanted),
  };
}

/** The needles for one OTP: its six digits standing alone, and its bare hex SHA-256. */
export function otpNeedles(label: string, otp: string): Needle[] {
  return [
    digitsNeedle(`${label} (6 digits)`, otp),
    textNeedle(`${label} (SHA-256)`, sha256Hex(otp)),
  ];
}

/**
 * The needles for a full name: the whole name, and each part of three letters or more on its
 * own (case-insensitive), since only initials may be kept.
 */
export function nameNeedles(label: string, fullName: string): Needle[] {
  const parts = fullName.split(/\s+/).filter((part) => part.length >= 3);
  return [
    textNeedle(`${label} (full name)`, fullName, true),
    ...parts.map((part, index) => textNeedle(`${label} (name part ${index + 1})`, part, true)),
  ];
}

/** The needles for a compact JWS: the whole token, its payload and its signature. */
export function tokenNeedles(label: string, jws: string): Needle[] {
  const [, payload, signature] = jws.split('.');
  return [
    textNeedle(`${label} (whole token)`, jws),
    textNeedle(`${label} (payload)`, payload!),
    textNeedle(`${label} (signature)`, signature!),
  ];
}

/** The labels of the needles found in `text`. */
export function leaksIn(text: string, needles: readonly Needle[]): string[] {
  return needles.filter((needle) => needle.found(text)).map((needle) => needle.label);
}

/**
 * Every string reachable from `root`: property values and keys, Map and Set entries, and each
 * binary buffer as hex, base64, base64url and latin1, so a secret kept as bytes is found too.
 * Functions are not entered; `skip` leaves out objects that may hold secrets by design.
 */
export function reachableStrings(root: unknown, skip: (value: object) => boolean = () => false) {
  const out: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      out.push(value);
      return;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      out.push(String(value));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (seen.has(value) || skip(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      // Only the view's own bytes: a Node Buffer may sit in a shared pool.
      const bytes = Buffer.from(
        value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
      );
      out.push(
        bytes.toString('hex'),
        bytes.toString('base64'),
        bytes.toString('base64url'),
        bytes.toString('latin1'),
      );
      return;
    }
    if (value instanceof Map) {
      for (const [key, entry] of value) {
        visit(key);
        visit(entry);
      }
      return;
    }
    if (value instanceof Set) {
      for (const entry of value) visit(entry);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'string') out.push(key);
      let entry: unknown;
      try {
        entry = (value as Record<string | symbol, unknown>)[key];
      } catch {
        continue;
      }
      visit(entry);
    }
  };
  visit(root);
  return out;
}

/** Every file under `dir` (recursively) with its text. */
export function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push({ path, text: readFileSync(path, 'latin1') });
  }
  return out;
}
