/**
 * The common ground of the token attack corpus: the genuine registry token every attack departs
 * from, the shape of one attack case, the token builders several families of cases share, and
 * the verification of one case against a trust list.
 */
import {
  verifyStatusToken,
  type TrustedIssuer,
  type Verdict,
  type VerdictCode,
  type VerifyOptions,
} from '../../src/protocol/index.ts';
import { NOW, holderClaims } from '../fixtures/tokens.ts';
import {
  joinSignature,
  kidOf,
  signJson,
  signatureOf,
  splitSignature,
  withSignature,
  type SignerName,
} from './attack-kit.ts';

export interface Kit {
  kids: Record<SignerName, string>;
  /** A holder token the registry really issued: every attack departs from it. */
  genuine: string;
  /** The header the registry writes, with its current kid. */
  header: Record<string, unknown>;
}

export interface AttackCase {
  label: string;
  code: VerdictCode;
  /** The key whose real ES256 signature the token carries over its exact signing input. */
  signer?: SignerName;
  build: (kit: Kit) => Promise<string> | string;
  options?: Omit<VerifyOptions, 'now'>;
}

export const EVIL = 'https://evil.example';
export const DESK = { audience: 'gate-7', nonce: 'n-7Qa_x' };

/** Signed by the registry's current key with its kid, with header and claims overridden. */
export function registrySigned(
  kit: Kit,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  return signJson({ ...kit.header, ...header }, holderClaims(claims), 'registry');
}

/** A header of the registry's form with another kid. */
export function headerWith(
  kid: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { alg: 'ES256', kid, typ: 'kycvs+jwt', ...extra };
}

/** The JSON text of holder claims with one more member appended verbatim (a duplicate key). */
export function claimsJsonWith(tail: string, claims: Record<string, unknown> = {}): string {
  return `${JSON.stringify(holderClaims(claims)).slice(0, -1)},${tail}}`;
}

/** The genuine token's signature with r and s changed. */
export function reSigned(kit: Kit, change: (r: bigint, s: bigint) => [bigint, bigint]): string {
  const { r, s } = splitSignature(signatureOf(kit.genuine));
  const [r2, s2] = change(r, s);
  return withSignature(kit.genuine, joinSignature(r2, s2));
}

/** The kids of every signer, the registry's header and the genuine holder token under it. */
export async function makeKit(): Promise<Kit> {
  const kids = {
    registry: await kidOf('registry'),
    registryNext: await kidOf('registryNext'),
    other: await kidOf('other'),
    attacker: await kidOf('attacker'),
  };
  const header = headerWith(kids.registry);
  return { kids, header, genuine: await signJson(header, holderClaims(), 'registry') };
}

export type Outcome = { token: string; verdict: Verdict } | { thrown: unknown };

export async function runCase(
  kit: Kit,
  trusted: TrustedIssuer[],
  attack: AttackCase,
): Promise<Outcome> {
  try {
    const token = await attack.build(kit);
    const verdict = await verifyStatusToken(token, trusted, { now: NOW, ...attack.options });
    return { token, verdict };
  } catch (thrown) {
    return { thrown };
  }
}

export function codeOf(outcome: Outcome | undefined): string {
  if (!outcome) return 'NOT RUN';
  if ('thrown' in outcome) return `THREW ${String(outcome.thrown)}`;
  return outcome.verdict.ok ? 'ACCEPTED' : outcome.verdict.code;
}
