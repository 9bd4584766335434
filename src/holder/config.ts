/**
 * What the registry tells its holder page when it serves it: standalone, embedded for a
 * verifier, or rejected. Shared by the page (which reads it) and the simulator (which writes it).
 */

/** Where the registry serves the holder page (SPEC §3). */
export const HOLDER_PAGE_PATH = '/v3/vaccination/status/knowYourStatus';

/** The holder page's own JSON endpoints: no API key, rate limited per client address. */
export const HOLDER_API = {
  generateOtp: `${HOLDER_PAGE_PATH}/generateOTP`,
  confirmOtp: `${HOLDER_PAGE_PATH}/confirmOTP`,
} as const;

/** The base path of the holder page's built assets. */
export const HOLDER_ASSETS_BASE = '/holder-assets/';

/** The id of the inert `<script type="application/json">` the registry fills in. */
export const CONFIG_ELEMENT_ID = 'kycvs-holder-config';

/** The type of the message that carries the token to the embedding page. */
export const STATUS_MESSAGE_TYPE = 'kycvs:status';

/** The type of the message that tells the embedding page it was rejected (no token in it). */
export const REJECTED_MESSAGE_TYPE = 'kycvs:rejected';

/** Why the registry will not run the embedded flow. */
export type RejectionReason = 'UNKNOWN_CLIENT' | 'UNREGISTERED_ORIGIN' | 'NOT_EMBEDDED';

/** The organisation that asks, as the embedded page shows it. */
export interface VerifierInfo {
  id: string;
  name: string;
  /** The origins registered for it: the only ones that may embed the page and get the token. */
  origins: string[];
}

/** The page's configuration. */
export type HolderPageConfig =
  | { mode: 'standalone'; pageToken?: string }
  | { mode: 'embedded'; verifier: VerifierInfo; nonce?: string; pageToken?: string }
  | {
      mode: 'rejected';
      reason: RejectionReason;
      /** The embedding origin the registry saw, told of the rejection (never given a token). */
      notify?: string;
    };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Checks the shape of a parsed configuration; null when it is not one. */
export function parseHolderConfig(value: unknown): HolderPageConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const config = value as Record<string, unknown>;
  // The page's first single-use token for its POSTs (SPEC §3: no keyless public API).
  const token = typeof config.pageToken === 'string' ? { pageToken: config.pageToken } : {};
  if (config.mode === 'standalone') return { mode: 'standalone', ...token };
  if (config.mode === 'embedded') {
    const verifier = config.verifier as Record<string, unknown> | null | undefined;
    if (
      typeof verifier !== 'object' ||
      verifier === null ||
      typeof verifier.id !== 'string' ||
      typeof verifier.name !== 'string' ||
      !isStringArray(verifier.origins)
    ) {
      return null;
    }
    const nonce = typeof config.nonce === 'string' ? config.nonce : undefined;
    return {
      mode: 'embedded',
      verifier: { id: verifier.id, name: verifier.name, origins: verifier.origins },
      ...(nonce !== undefined ? { nonce } : {}),
      ...token,
    };
  }
  if (
    config.mode === 'rejected' &&
    (config.reason === 'UNKNOWN_CLIENT' ||
      config.reason === 'UNREGISTERED_ORIGIN' ||
      config.reason === 'NOT_EMBEDDED')
  ) {
    return {
      mode: 'rejected',
      reason: config.reason,
      ...(typeof config.notify === 'string' ? { notify: config.notify } : {}),
    };
  }
  return null;
}

/** Serialises a configuration for an inline JSON script: `<` escaped so it cannot close it. */
export function serializeHolderConfig(config: HolderPageConfig): string {
  return JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
