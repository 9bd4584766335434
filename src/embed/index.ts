/**
 * KYC-VS embed: asks the registry's holder page, in an iframe, for a person's vaccination
 * status with their consent (the OTP), and resolves with the signed status token.
 *
 * The token proves nothing until it is checked: verify it with `verifyStatusToken` from the
 * protocol module, against the registry's JWKS, with `audience` set to your verifier id and
 * `nonce` set to the nonce this request resolves with (SPEC §4), in the page or, better, on your
 * server before you rely on it.
 */

import { newNonce } from '../lib/nonce.ts';

/** Why a status request failed. */
export type EmbedErrorCode = 'ABORTED' | 'TIMEOUT' | 'REJECTED' | 'BAD_OPTIONS';

/** A status request that ended without a token. */
export class EmbedError extends Error {
  override readonly name = 'EmbedError';
  constructor(
    readonly code: EmbedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Options of `requestVaccinationStatus`. */
export interface RequestStatusOptions {
  /** The registry's base URL, e.g. `https://cowin.example`; only its origin is used. */
  registry: string;
  /** Your verifier id, as registered with the registry. */
  clientId: string;
  /** Where the registry's page is shown. */
  container: HTMLElement;
  /** Cancels the request and removes the page. */
  signal?: AbortSignal;
  /** Gives up after this long (default 15 minutes: time to read, get the SMS and type). */
  timeoutMs?: number;
  /**
   * A nonce of yours (1-64 of `[A-Za-z0-9_-]`) the token will carry, against replay; a random
   * one is made when none is given.
   */
  nonce?: string;
  /** The iframe's accessible title. */
  title?: string;
}

/** Where the registry serves its holder page (SPEC §3). */
export const HOLDER_PAGE_PATH = '/v3/vaccination/status/knowYourStatus';

/** What a status request resolves with: the token and the nonce it must carry. */
export interface StatusAnswer {
  token: string;
  /** The nonce sent with the request: verify the token with it (`verifyStatusToken`'s `nonce`). */
  nonce: string;
}

const DEFAULT_TIMEOUT_MS = 15 * 60 * 1000;
const NONCE = /^[A-Za-z0-9_-]{1,64}$/;

function registryOrigin(registry: string): string {
  let url: URL;
  try {
    url = new URL(registry);
  } catch {
    throw new EmbedError('BAD_OPTIONS', 'registry must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new EmbedError('BAD_OPTIONS', 'registry must be an absolute http(s) URL.');
  }
  return url.origin;
}

/**
 * Shows the registry's consent page in `container` and resolves with the status token it
 * posts and the nonce it was asked for (always sent: the caller's, or a random one). Only messages from the registry's origin and from this very iframe count. Rejects
 * with an `EmbedError`: REJECTED when the registry rejects this site, ABORTED, TIMEOUT.
 * The page stays shown after a token or a rejection (the person sees what happened) and is
 * removed on abort or timeout.
 */
export function requestVaccinationStatus(options: RequestStatusOptions): Promise<StatusAnswer> {
  return new Promise<StatusAnswer>((resolve, reject) => {
    const { clientId, container, signal } = options;
    const nonce = options.nonce ?? newNonce();
    let origin: string;
    try {
      origin = registryOrigin(options.registry);
      if (typeof clientId !== 'string' || clientId === '') {
        throw new EmbedError('BAD_OPTIONS', 'clientId must be your verifier id.');
      }
      if (!NONCE.test(nonce)) {
        throw new EmbedError('BAD_OPTIONS', 'nonce must be 1 to 64 of A-Z, a-z, 0-9, _ and -.');
      }
    } catch (error) {
      reject(error);
      return;
    }
    if (signal?.aborted) {
      reject(new EmbedError('ABORTED', 'The status request was cancelled.'));
      return;
    }

    const src = new URL(HOLDER_PAGE_PATH, origin);
    src.searchParams.set('client_id', clientId);
    src.searchParams.set('nonce', nonce);

    const frame = container.ownerDocument.createElement('iframe');
    frame.src = src.href;
    frame.title = options.title ?? 'Share your vaccination status (CoWIN)';
    // Scripts and forms run the flow; same-origin lets the page call its own registry.
    frame.setAttribute('sandbox', 'allow-scripts allow-forms allow-same-origin');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'strict-origin');
    frame.style.width = '100%';
    frame.style.minHeight = '36rem';
    frame.style.border = '0';

    const view = container.ownerDocument.defaultView ?? window;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function finish(removeFrame: boolean): void {
      view.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      if (timer !== undefined) clearTimeout(timer);
      if (removeFrame) frame.remove();
    }

    function onMessage(event: MessageEvent): void {
      if (
        event.origin !== origin ||
        event.source === null ||
        event.source !== frame.contentWindow
      ) {
        return;
      }
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null) return;
      const message = data as { type?: unknown; token?: unknown };
      if (message.type === 'kycvs:status' && typeof message.token === 'string') {
        finish(false);
        resolve({ token: message.token, nonce });
      } else if (message.type === 'kycvs:rejected') {
        finish(false);
        reject(
          new EmbedError(
            'REJECTED',
            'The registry rejected this site: it shares no status with it.',
          ),
        );
      }
    }

    function onAbort(): void {
      finish(true);
      reject(new EmbedError('ABORTED', 'The status request was cancelled.'));
    }

    view.addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort);
    timer = setTimeout(() => {
      finish(true);
      reject(new EmbedError('TIMEOUT', 'No status arrived in time.'));
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    container.appendChild(frame);
  });
}
