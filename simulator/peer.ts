/**
 * Who is on the other end of the TCP connection (SPEC §3): `/dev` answers only a loopback peer,
 * whatever the `Host` header says, and the holder page limits requests per client address.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { isIPv4, isIPv6 } from 'node:net';
import { ApiError } from './errors.ts';

/**
 * The peer's address, from the socket @hono/node-server binds as `c.env.incoming`; null when
 * there is none (`app.request()` without an env), which every caller treats as remote.
 */
export function peerAddress(c: Context): string | null {
  try {
    const address = getConnInfo(c).remote.address;
    return typeof address === 'string' && address !== '' ? address : null;
  } catch {
    return null;
  }
}

/** True for 127.0.0.0/8, ::1 and the IPv4-mapped ::ffff:127.x.y.z. */
export function isLoopback(address: string | null): boolean {
  if (address === null) return false;
  const lower = address.toLowerCase();
  const v4 = lower.startsWith('::ffff:') ? lower.slice(7) : lower;
  if (isIPv4(v4)) return v4.split('.')[0] === '127';
  return isIPv6(lower) && expandIPv6(lower).every((group, i) => group === (i === 7 ? 1 : 0));
}

/** The eight 16-bit groups of an IPv6 address (no zone, no embedded IPv4 expected). */
function expandIPv6(address: string): number[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const headParts = parse(head);
  const tailParts = tail === undefined ? [] : parse(tail);
  // An embedded dotted IPv4 tail counts as two groups.
  const groups = [...headParts, ...tailParts].flatMap((part) =>
    part.includes('.')
      ? (() => {
          const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        })()
      : [part],
  );
  const missing = 8 - groups.length;
  const full =
    tail === undefined
      ? groups
      : [
          ...groups.slice(0, headParts.length),
          ...Array<string>(missing).fill('0'),
          ...groups.slice(headParts.length),
        ];
  return full.map((group) => parseInt(group, 16));
}

/**
 * The key a per-address limit counts under: an IPv4 address as is (also when IPv4-mapped), an
 * IPv6 address by its /64, since one subscriber is routinely given a whole /64 (RFC 6177).
 */
export function addressGroup(address: string | null): string {
  if (address === null) return 'unknown';
  const lower = address.toLowerCase();
  const v4 = lower.startsWith('::ffff:') ? lower.slice(7) : lower;
  if (isIPv4(v4)) return v4;
  if (!isIPv6(lower)) return 'unknown';
  const groups = expandIPv6(lower).slice(0, 4);
  return `${groups.map((group) => group.toString(16)).join(':')}::/64`;
}

/** True for a Host a local tool may answer to: localhost names and IP literals. */
function isLocalHostName(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    isIPv4(host) ||
    (host.startsWith('[') && host.endsWith(']'))
  );
}

/**
 * Answers only a loopback TCP peer, and only under a localhost name or an IP literal (403
 * REQVAL0001 otherwise): the first keeps the LAN out when the simulator listens beyond loopback;
 * the second keeps out a page on a foreign name rebound to 127.0.0.1 (DNS rebinding).
 */
export function loopbackOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!isLoopback(peerAddress(c))) {
      throw new ApiError(403, 'REQVAL0001', 'The /dev endpoints answer loopback clients only.');
    }
    if (!isLocalHostName(new URL(c.req.url).hostname)) {
      throw new ApiError(403, 'REQVAL0001', 'The /dev endpoints answer on localhost only.');
    }
    await next();
  };
}
