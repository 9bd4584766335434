/**
 * Rules the verifier, the holder page and the registry hold alike: what a full name is, when two
 * names are one, which service URLs may be used (SPEC §8), and when held keys are stale.
 */
import { MAX_NAME_LENGTH } from './claims.ts';

/**
 * A full name as typed, cleaned for sending: trimmed, each run of spaces one space; null when
 * nothing is left or it is longer than the token's `name` may be (SPEC §4).
 */
export function cleanFullName(input: string): string | null {
  const name = input.trim().replace(/\s+/g, ' ');
  return name.length > 0 && name.length <= MAX_NAME_LENGTH ? name : null;
}

/**
 * A name as compared for a match: case, dots and spaces do not count (SPEC §3), so "A.K. Sharma",
 * "A K  Sharma" and "ak sharma" are one name, however the initials were typed.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.\s]+/g, '');
}

/** Hosts on which `http:` is allowed (SPEC §8): this machine only. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/**
 * Reads a service URL as `scheme://host[:port][/path]` with no trailing slash: `BAD` when it is
 * not an http(s) URL without credentials, query or fragment, `INSECURE` when it is `http:`
 * anywhere but localhost and 127.0.0.1 (SPEC §8).
 */
export function readServiceUrl(input: string): { url: string } | { error: 'BAD' | 'INSECURE' } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { error: 'BAD' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'BAD' };
  if (url.username || url.password || url.search || url.hash) return { error: 'BAD' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { error: 'INSECURE' };
  return { url: (url.origin + url.pathname).replace(/\/+$/, '') };
}

/** Keys (or a trust list) older than this are stale: a verdict made with them says so. */
export const KEY_STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
