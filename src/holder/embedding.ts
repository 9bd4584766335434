/**
 * Who embeds the page, as the browser tells it. The registry's `frame-ancestors` is the real
 * guard; this check rejects on the client too, so a browser without CSP still posts nothing.
 */

/** The outcome of the client-side embedding check. */
export type EmbeddingCheck =
  | { ok: true; targetOrigin: string }
  | { ok: false; reason: 'NOT_EMBEDDED' | 'UNREGISTERED_ORIGIN' };

/** What the check reads from the page: kept apart from `window` so tests can feed it. */
export interface EmbeddingContext {
  framed: boolean;
  /** `location.ancestorOrigins` where the browser has it (Chromium, WebKit), parent first. */
  ancestorOrigins?: ArrayLike<string>;
  /** `document.referrer`: the embedding page's URL or origin, or '' when withheld. */
  referrer: string;
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The origin to post the token to: the parent's origin when the browser reveals it and it is
 * registered; the single registered origin when the browser reveals nothing (postMessage then
 * delivers only if the parent really is there); otherwise a rejection.
 */
export function checkEmbedding(context: EmbeddingContext, registered: string[]): EmbeddingCheck {
  if (!context.framed) return { ok: false, reason: 'NOT_EMBEDDED' };
  const parent =
    context.ancestorOrigins !== undefined && context.ancestorOrigins.length > 0
      ? context.ancestorOrigins[0]!
      : context.referrer !== ''
        ? originOf(context.referrer)
        : null;
  if (parent !== null) {
    return registered.includes(parent)
      ? { ok: true, targetOrigin: parent }
      : { ok: false, reason: 'UNREGISTERED_ORIGIN' };
  }
  if (registered.length === 1) return { ok: true, targetOrigin: registered[0]! };
  return { ok: false, reason: 'UNREGISTERED_ORIGIN' };
}

/** Reads the embedding context of the current window. */
export function currentEmbeddingContext(): EmbeddingContext {
  let framed: boolean;
  try {
    framed = window.parent !== window;
  } catch {
    framed = true;
  }
  return {
    framed,
    ancestorOrigins: window.location.ancestorOrigins,
    referrer: document.referrer,
  };
}
