/**
 * Single-use tokens that bind the holder page's POSTs to a page the registry served (SPEC §3):
 * each served page carries one, each answer to one of its POSTs carries the next. A script must
 * fetch the page (and so pass its limits) for every call; a relay showing the real page to a
 * real person is not stopped by this, nor by any design (README).
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from './hash.ts';

/** How long a token lives: long enough to read the SMS and type the OTP. */
const PAGE_TOKEN_TTL_MS = 15 * 60 * 1000;
/** At most this many tokens are outstanding; the oldest go first. */
const MAX_OUTSTANDING = 20_000;

/** Outstanding tokens, kept hashed, each bound to the verifier the page was served for. */
export class PageTokens {
  private readonly tokens = new Map<string, { clientId: string | null; expiresAt: number }>();

  constructor(private readonly now: () => number) {}

  /** A new token for a page served standalone (null) or for a verifier. */
  issue(clientId: string | null): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(sha256Hex(token), { clientId, expiresAt: this.now() + PAGE_TOKEN_TTL_MS });
    if (this.tokens.size > MAX_OUTSTANDING) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    return token;
  }

  /** Uses up a token; returns what it was bound to, or undefined when unknown or expired. */
  consume(token: string | undefined): { clientId: string | null } | undefined {
    if (token === undefined || !/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
    const key = sha256Hex(token);
    const entry = this.tokens.get(key);
    this.tokens.delete(key);
    if (entry === undefined || entry.expiresAt <= this.now()) return undefined;
    return { clientId: entry.clientId };
  }

  /** Drops expired tokens. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.tokens) if (entry.expiresAt <= now) this.tokens.delete(key);
  }
}
