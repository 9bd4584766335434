/**
 * The event invitation of SPEC §11: one link (and the QR that holds it) carrying the event id,
 * its secret, the hub URL and the event's name, in the URL fragment so that no server it passes
 * through ever receives the secret. Opening the link provisions a tablet; pasting or scanning it
 * in "Join event" does the same.
 */
import { decodeBase64url, encodeBase64url } from '../protocol/base64url.ts';
import { EVENT_ID_PATTERN, EVENT_SECRET_PATTERN } from './shared.ts';

/** What a tablet needs to join an event. */
export interface EventInvite {
  id: string;
  secret: string;
  /** The hub's WebSocket URL (ws: or wss:). */
  hub: string;
  name: string;
}

/** The fragment key of an invitation: `#event=<payload>`. */
export const INVITE_FRAGMENT_KEY = 'event';

/** The longest event name kept. */
export const EVENT_NAME_MAX = 60;

/** The longest invitation text read: a link, not a document. */
const INVITE_TEXT_MAX = 2048;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A hub URL as the tablet will dial it, or null when it is not a ws(s) or http(s) URL. */
export function normaliseHubUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.username || url.password || url.hash) return null;
  return url.href.replace(/\/$/, '');
}

/** The hub a registry's simulator serves on its own port (SPEC §11: `/hub`). */
export function hubUrlFor(registryUrl: string): string | null {
  try {
    return normaliseHubUrl(new URL('/hub', registryUrl).href);
  } catch {
    return null;
  }
}

/** A trimmed event or gate name, or null when empty or too long. */
export function cleanName(text: string, max: number): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '' || [...name].length > max) return null;
  // Control and bidirectional override characters have no place in a name shown at a gate.
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name)) return null;
  return name;
}

/** The invitation link: the app's URL with the invitation in its fragment. */
export function inviteLink(appUrl: string, invite: EventInvite): string {
  const payload = JSON.stringify({
    v: 1,
    i: invite.id,
    s: invite.secret,
    h: invite.hub,
    n: invite.name,
  });
  const url = new URL(appUrl);
  url.hash = `${INVITE_FRAGMENT_KEY}=${encodeBase64url(encoder.encode(payload))}`;
  return url.href;
}

/**
 * Reads an invitation from a link, a bare fragment (`#event=…` or `event=…`) or the payload
 * alone; null when the text is none of these or any field is out of shape.
 */
export function parseInvite(text: string): EventInvite | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > INVITE_TEXT_MAX) return null;
  const hashAt = trimmed.indexOf('#');
  const fragment = hashAt >= 0 ? trimmed.slice(hashAt + 1) : trimmed;
  const prefix = `${INVITE_FRAGMENT_KEY}=`;
  const payload = fragment.startsWith(prefix) ? fragment.slice(prefix.length) : fragment;
  const bytes = decodeBase64url(payload);
  if (!bytes) return null;
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { v, i, s, h, n } = value as Record<string, unknown>;
  if (v !== 1 || typeof i !== 'string' || typeof s !== 'string') return null;
  if (typeof h !== 'string' || typeof n !== 'string') return null;
  if (!EVENT_ID_PATTERN.test(i) || !EVENT_SECRET_PATTERN.test(s)) return null;
  // Canonical base64url only: the secret's bits are the key material, none may be stray.
  if (decodeBase64url(i)?.length !== 16 || decodeBase64url(s)?.length !== 32) return null;
  const hub = normaliseHubUrl(h);
  const name = cleanName(n, EVENT_NAME_MAX);
  if (hub === null || name === null) return null;
  return { id: i, secret: s, hub, name };
}
