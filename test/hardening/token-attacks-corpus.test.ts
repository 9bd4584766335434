/**
 * A corpus of forged and malformed status tokens, each rejected with its exact verdict code.
 * Every forgery that needs a signature carries a real one (by the registry, by a trusted partner
 * registry or by an attacker's key), so a rejection proves the check, not a broken signature.
 * The cases come from the token-attacks-*-cases modules, one per family of attack, and run here in
 * one list, so that the checks over the whole corpus see every case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  verifyStatusToken,
  type TrustedIssuer,
  type VerifyOptions,
} from '../../src/protocol/index.ts';
import { NOW, holderClaims } from '../fixtures/tokens.ts';
import {
  P256_N,
  PARTNER_ISSUER,
  carriesSignatureOf,
  hardeningTrust,
  signJson,
  signRaw,
} from './attack-kit.ts';
import {
  DESK,
  claimsJsonWith,
  codeOf,
  headerWith,
  makeKit,
  reSigned,
  registrySigned,
  runCase,
  type AttackCase,
  type Kit,
  type Outcome,
} from './token-attacks-helpers.ts';
import { ALG_AND_KID_CASES } from './token-attacks-alg-cases.ts';
import { CLAIMS_CASES } from './token-attacks-claims-cases.ts';
import { ENCODING_CASES } from './token-attacks-encoding-cases.ts';
import { HEADER_CASES } from './token-attacks-header-cases.ts';
import { PARSING_CASES } from './token-attacks-parsing-cases.ts';
import { SIGNATURE_CASES } from './token-attacks-signature-cases.ts';

const CASES: AttackCase[] = [
  ...ALG_AND_KID_CASES,
  ...HEADER_CASES,
  ...CLAIMS_CASES,
  ...ENCODING_CASES,
  ...SIGNATURE_CASES,
  ...PARSING_CASES,
];

let kit: Kit;
let trusted: TrustedIssuer[];
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  kit = await makeKit();
  trusted = await hardeningTrust();
  for (const attack of CASES) outcomes.set(attack.label, await runCase(kit, trusted, attack));
});

describe('token attacks: controls (the corpus departs from tokens that are accepted)', () => {
  it('accepts the genuine holder token every attack starts from', async () => {
    const verdict = await verifyStatusToken(kit.genuine, trusted, { now: NOW });
    expect(verdict.ok && verdict.kid).toBe(kit.kids.registry);
  });

  it('accepts a genuine desk token with the verifier id and nonce the corpus uses', async () => {
    const token = await registrySigned(kit, { aud: DESK.audience, nonce: DESK.nonce });
    const verdict = await verifyStatusToken(token, trusted, { now: NOW, ...DESK });
    expect(verdict.ok && verdict.aud).toBe(DESK.audience);
  });

  it('accepts a name of exactly 200 characters and a token of the partner registry', async () => {
    const long = await registrySigned(kit, { name: 'n'.repeat(200) });
    expect((await verifyStatusToken(long, trusted, { now: NOW })).ok).toBe(true);
    const partner = await signJson(
      headerWith(kit.kids.other),
      holderClaims({ iss: PARTNER_ISSUER }),
      'other',
    );
    const verdict = await verifyStatusToken(partner, trusted, { now: NOW });
    expect(verdict.ok && verdict.iss).toBe(PARTNER_ISSUER);
  });

  it('builds every case that claims a real signature with one, over its exact bytes', async () => {
    const claimed = CASES.filter((attack) => attack.signer !== undefined);
    const unsigned: string[] = [];
    for (const attack of claimed) {
      const outcome = outcomes.get(attack.label);
      const token = outcome && 'token' in outcome ? outcome.token : '';
      if (!(await carriesSignatureOf(token, attack.signer!))) unsigned.push(attack.label);
    }
    console.log(`token attacks: ${claimed.length} cases carry a real ES256 signature`);
    expect(unsigned).toEqual([]);
    expect(claimed.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps every label unique, so that each case is reported on its own', () => {
    expect(new Set(CASES.map((attack) => attack.label)).size).toBe(CASES.length);
  });
});

describe('token attacks: every forged or malformed token is rejected with its code', () => {
  it.each(CASES.map((attack) => [attack.label, attack] as const))('%s', (_label, attack) => {
    expect(codeOf(outcomes.get(attack.label))).toBe(attack.code);
  });

  it('rejects the whole corpus again in reverse order against a fresh trust list', async () => {
    // Its own run, not a tally of the cases above: no verification may lean on a key cache or
    // state another one left behind.
    const fresh = await hardeningTrust();
    const codes: Record<string, string> = {};
    for (const attack of [...CASES].reverse()) {
      codes[attack.label] = codeOf(await runCase(kit, fresh, attack));
    }
    expect(codes).toEqual(Object.fromEntries(CASES.map((attack) => [attack.label, attack.code])));
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('token attacks: documented behaviour of signatures the registry did make', () => {
  it('a malleated signature (r, n - s) asserts nothing new: same claims, same jti', async () => {
    const original = await verifyStatusToken(kit.genuine, trusted, { now: NOW });
    // ECDSA: (r, s) and (r, n - s) both verify (SEC 1 §4.1.4); WebCrypto signers do not
    // normalise s, so rejecting high s would reject genuine tokens. Replay checks key on jti.
    const twin = reSigned(kit, (r, s) => [r, P256_N - s]);
    expect(twin).not.toBe(kit.genuine);
    expect(await verifyStatusToken(twin, trusted, { now: NOW })).toEqual(original);
  });

  it('a duplicated iss resolves to the last member, and the verdict names that issuer', async () => {
    // RFC 7515 §5.2 / RFC 7519 §4 allow a parser that keeps the lexically last member; the
    // signature check and the claims use the same parse, so both agree on the partner.
    const token = await signRaw(
      JSON.stringify(headerWith(kit.kids.other)),
      claimsJsonWith(`"iss":"${PARTNER_ISSUER}"`),
      'other',
    );
    const verdict = await verifyStatusToken(token, trusted, { now: NOW });
    expect(verdict.ok && verdict.iss).toBe(PARTNER_ISSUER);
  });
});

describe('token attacks: regressions', () => {
  it('answers, never throws, when an untyped caller passes null options', async () => {
    const nullOptions = null as unknown as VerifyOptions;
    // Null options mean the real clock: these tokens span 2001 to 2096, so the answer is fixed.
    const span = { iat: 1_000_000_000, exp: 4_000_000_000 };
    const holder = await registrySigned(kit, span);
    const verdict = await verifyStatusToken(holder, trusted, nullOptions);
    expect(verdict.ok && verdict.jti).toBe(holderClaims().jti);
    const desk = await registrySigned(kit, { ...span, aud: DESK.audience });
    expect(await verifyStatusToken(desk, trusted, nullOptions)).toEqual({
      ok: false,
      code: 'WRONG_AUDIENCE',
    });
  });
});
