/** What the page shows about a token it has just received: read for display, not trusted. */
import { decodeBase64url } from '../protocol/index.ts';

/** The displayed parts of a status token. */
export interface TokenSummary {
  name: string;
  mob: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/** Reads name, mob and exp from a compact JWS payload; null when they are not there. */
export function summarizeToken(jws: string): TokenSummary | null {
  const payload = jws.split('.')[1];
  if (payload === undefined) return null;
  const bytes = decodeBase64url(payload);
  if (bytes === null) return null;
  try {
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (
      typeof claims.name !== 'string' ||
      typeof claims.mob !== 'string' ||
      typeof claims.exp !== 'number'
    ) {
      return null;
    }
    return { name: claims.name, mob: claims.mob, exp: claims.exp };
  } catch {
    return null;
  }
}
