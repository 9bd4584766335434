/**
 * Property-based fuzzing of the verifier's two entry points for untrusted text.
 *
 * `verifyStatusToken` must never throw, must answer every input with a verdict of a known code,
 * and may accept a token only when a trusted key really signed exactly that text: every token
 * this file has a trusted key sign is recorded, and any other acceptance fails the run. Tokens a
 * trusted key signs with arbitrary claims are also checked against a model of SPEC §4, so that a
 * verifier that rejected everything would fail too.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_TOKEN_LENGTH,
  VERDICT_CODES,
  jwsToQrText,
  qrTextToJws,
  verifyStatusToken,
  type TrustedIssuer,
  type Verdict,
  type VerifyOptions,
} from '../../src/protocol/index.ts';
import { ISSUER, NOW, NOW_S, holderClaims } from '../fixtures/tokens.ts';
import {
  PARTNER_ISSUER,
  b64u,
  hardeningTrust,
  kidOf,
  segmentsOf,
  signRaw,
  type SignerName,
} from './attack-kit.ts';

/** One seed for every property, so that a failure replays exactly. */
const SEED = 0x6b7963;
const RUNS = {
  arbitraryStrings: 2_000,
  arbitraryJson: 2_000,
  mutations: 3_000,
  reEncodedClaims: 2_000,
  untrustedSigner: 1_000,
  qrArbitraryText: 3_000,
  qrRoundTrip: 2_000,
  qrMutatedThenVerified: 1_000,
} as const;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const B64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EVIL = 'https://evil.example';
const TRUSTED_SIGNERS = ['registry', 'registryNext', 'other'] as const;
const ISSUER_OF: Record<(typeof TRUSTED_SIGNERS)[number], string> = {
  registry: ISSUER,
  registryNext: ISSUER,
  other: PARTNER_ISSUER,
};
const DESK = { audience: 'gate-7', nonce: 'n-7Qa_x' };

let trusted: TrustedIssuer[];
let kids: Record<SignerName, string>;
/** Base tokens a trusted key signed, for mutation: holder, desk, next key, partner. */
let bases: string[];
/**
 * Every token text that a trusted key signed in this file, with that key's issuer: the only
 * texts that may pass.
 */
const signedByTrusted = new Map<string, string>();
const tally = { verifyRuns: 0, accepted: 0, rejected: 0, qrRuns: 0 };
/** SPEC §6: the codes of step 5 (the claims), the only ones a genuine signature can earn. */
const CLAIM_CODES = ['EXPIRED', 'NOT_YET_VALID', 'WRONG_AUDIENCE', 'NONCE_MISMATCH', 'BAD_CLAIMS'];

async function signTrusted(
  signer: (typeof TRUSTED_SIGNERS)[number],
  header: string | Uint8Array,
  payload: string | Uint8Array,
): Promise<string> {
  const token = await signRaw(header, payload, signer);
  signedByTrusted.set(token, ISSUER_OF[signer]);
  return token;
}

function headerFor(signer: SignerName, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ alg: 'ES256', kid: kids[signer], typ: 'kycvs+jwt', ...extra });
}

/**
 * The oracle every verification goes through: no throw, a well-formed verdict, and acceptance
 * only of a text a trusted key signed, whose verdict repeats the signed claims.
 */
async function checkVerdict(token: unknown, options: Omit<VerifyOptions, 'now'> = {}) {
  tally.verifyRuns++;
  const verdict: Verdict = await verifyStatusToken(token as string, trusted, {
    now: NOW,
    ...options,
  });
  expect(typeof verdict).toBe('object');
  if (!verdict.ok) {
    tally.rejected++;
    expect(VERDICT_CODES).toContain(verdict.code);
    for (const member of Object.keys(verdict)) expect(['ok', 'code', 'cause']).toContain(member);
    const allowed = codesFor(token);
    if (allowed) expect(allowed, 'the rejection code for this text').toContain(verdict.code);
    return verdict;
  }
  tally.accepted++;
  expect(typeof token === 'string' && signedByTrusted.has(token)).toBe(true);
  const claims = JSON.parse(Buffer.from(segmentsOf(token as string)[1], 'base64url').toString());
  expect(verdict.status).toBe(claims.vs);
  expect(verdict.name).toBe(claims.name);
  expect(verdict.iss).toBe(claims.iss);
  expect([ISSUER, PARTNER_ISSUER]).toContain(verdict.iss);
  expect(verdict.exp).toBeGreaterThan(NOW_S - 60);
  expect(verdict.iat).toBeLessThanOrEqual(NOW_S + 60);
  return verdict;
}

/**
 * The codes a rejection of `token` may carry, where its shape settles them (null where any code
 * may): a text that is not a compact JWS of at most 4096 characters is `MALFORMED` (SPEC §4), and
 * a text a trusted key signed, naming that key's issuer, fails only on its claims (SPEC §6).
 */
function codesFor(token: unknown): string[] | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
    return ['MALFORMED'];
  }
  const issuer = signedByTrusted.get(token);
  if (issuer === undefined) return null;
  const claims = parseJson(Buffer.from(segmentsOf(token)[1], 'base64url').toString());
  const isObject = typeof claims === 'object' && claims !== null && !Array.isArray(claims);
  if (!isObject) return ['MALFORMED'];
  return (claims as Record<string, unknown>).iss === issuer ? CLAIM_CODES : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** SPEC §4 as a model: would a verifier accept these parsed claims, canonically signed? */
function specAccepts(
  claims: Record<string, unknown>,
  issuerOfKey: string,
  tokenLength: number,
  options: Omit<VerifyOptions, 'now'>,
): boolean {
  const { iss, exp, iat, nbf, aud, nonce, vs, name, mob, jti } = claims;
  const isNumber = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  if (tokenLength > MAX_TOKEN_LENGTH || iss !== issuerOfKey) return false;
  if (!isNumber(exp) || !isNumber(iat) || exp <= NOW_S - 60 || iat > NOW_S + 60) return false;
  if (nbf !== undefined && !(isNumber(nbf) && nbf <= NOW_S + 60)) return false;
  if (aud !== undefined) {
    const list = Array.isArray(aud) ? aud : [aud];
    if (options.audience === undefined || !list.includes(options.audience)) return false;
    if (!list.every((entry) => typeof entry === 'string')) return false;
  }
  if (options.nonce !== undefined && nonce !== options.nonce) return false;
  if (vs !== 0 && vs !== 1 && vs !== 2) return false;
  if (typeof name !== 'string' || name.length < 1 || name.length > 200) return false;
  if (typeof mob !== 'string' || !/^[0-9]{4}$/.test(mob)) return false;
  return typeof jti === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(jti);
}

// --- arbitraries ---

const b64urlChar = fc.constantFrom(...B64URL_CHARS);
const tokenChar = fc.constantFrom(...B64URL_CHARS, '.');
const strayChar = fc.constantFrom(
  '=',
  '+',
  '/',
  ' ',
  '\n',
  '\t',
  '\u0000',
  '\u00e9',
  '\u200b',
  '\ud800',
  '\u{1f600}',
);
const b64urlText = (maxLength: number) => fc.string({ unit: b64urlChar, minLength: 1, maxLength });

const options = fc.constantFrom<Omit<VerifyOptions, 'now'>>({}, { audience: DESK.audience }, DESK, {
  nonce: DESK.nonce,
});

const arbitraryInput = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.oneof({ weight: 9, arbitrary: tokenChar }, strayChar), maxLength: 300 }),
  fc.tuple(b64urlText(120), b64urlText(200), b64urlText(100)).map((parts) => parts.join('.')),
  fc.string({ unit: tokenChar, minLength: 4090, maxLength: 4100 }),
);

const claimJunk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, 1, 2, 3, -1, 1.5, '2', null, true, [], {}),
  fc.string({ maxLength: 40 }),
);
/** Claims a registry could issue, around NOW (some just outside the clock tolerance). */
const plausibleClaims = fc.record({
  iss: fc.constantFrom(ISSUER, PARTNER_ISSUER),
  iat: fc.integer({ min: NOW_S - 8 * 24 * 3600, max: NOW_S + 120 }),
  exp: fc.integer({ min: NOW_S - 120, max: NOW_S + 8 * 24 * 3600 }),
  nbf: fc.option(fc.integer({ min: NOW_S - 3600, max: NOW_S + 120 }), { nil: undefined, freq: 2 }),
  jti: b64urlText(24).map((text) => text.padEnd(16, 'A')),
  vs: fc.constantFrom(0, 1, 2),
  name: fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ minLength: 195, maxLength: 205 }) },
  ),
  mob: fc.stringMatching(/^[0-9]{4}$/),
  aud: fc.option(fc.constantFrom(DESK.audience, 'gate-8', [DESK.audience, 'gate-8']), {
    nil: undefined,
    freq: 2,
  }),
  nonce: fc.option(fc.constantFrom(DESK.nonce, 'n-other'), { nil: undefined, freq: 2 }),
});

/** Plausible claims with, half of the time, one or two claims replaced or added as junk. */
const claimsArbitrary = fc
  .tuple(
    plausibleClaims,
    fc.oneof(
      fc.constant({}),
      fc.dictionary(
        fc.constantFrom(
          'iss',
          'iat',
          'exp',
          'nbf',
          'jti',
          'vs',
          'name',
          'mob',
          'aud',
          'nonce',
          'x',
        ),
        fc.oneof(claimJunk, fc.constantFrom(EVIL, `${ISSUER}/`, '__proto__')),
        { minKeys: 1, maxKeys: 2 },
      ),
    ),
  )
  .map(([claims, junk]) => ({ ...claims, ...junk }));

const headerArbitrary = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      alg: fc.oneof(
        fc.constant('ES256'),
        fc.constantFrom('none', 'HS256', 'ES384', 'es256'),
        claimJunk,
      ),
      kid: fc.oneof(fc.constantFrom('registry', 'registryNext', 'other', 'attacker'), claimJunk),
      typ: fc.oneof(fc.constant('kycvs+jwt'), fc.constantFrom('JWT', 'KYCVS+JWT'), claimJunk),
      jwk: claimJunk,
      crit: fc.constant(['b64']),
      b64: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);

type Mutation =
  | { kind: 'replace'; at: number; ch: string }
  | { kind: 'insert'; at: number; ch: string }
  | { kind: 'delete'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'permute'; order: number[] }
  | { kind: 'splice'; segment: number; from: number };

const mutationChar = fc.oneof({ weight: 9, arbitrary: tokenChar }, strayChar);
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: mutationChar }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: mutationChar }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('permute' as const),
    order: fc.shuffledSubarray([0, 1, 2], { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('splice' as const), segment: fc.nat(2), from: fc.nat() }),
);

function mutate(token: string, mutation: Mutation): string {
  const at = 'at' in mutation ? mutation.at % (token.length + 1) : 0;
  switch (mutation.kind) {
    case 'replace':
      return token.slice(0, at) + mutation.ch + token.slice(at + 1);
    case 'insert':
      return token.slice(0, at) + mutation.ch + token.slice(at);
    case 'delete':
      return token.slice(0, at) + token.slice(at + 1);
    case 'truncate':
      return token.slice(0, at);
    case 'permute': {
      const parts = token.split('.');
      return mutation.order.map((index) => parts[index] ?? '').join('.');
    }
    case 'splice': {
      // A segment taken from another genuinely signed token: the classic cut-and-paste forgery.
      const donor = bases[mutation.from % bases.length]!.split('.');
      const parts = token.split('.');
      parts[mutation.segment] = donor[mutation.segment] ?? '';
      return parts.join('.');
    }
  }
}

/** Runs an async property with the fixed seed and an explicit run count. */
async function assertProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  predicate: (value: T) => Promise<void>,
): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
}

beforeAll(async () => {
  trusted = await hardeningTrust();
  kids = {
    registry: await kidOf('registry'),
    registryNext: await kidOf('registryNext'),
    other: await kidOf('other'),
    attacker: await kidOf('attacker'),
  };
  const holder = JSON.stringify(holderClaims());
  bases = [
    await signTrusted('registry', headerFor('registry'), holder),
    await signTrusted(
      'registry',
      headerFor('registry'),
      JSON.stringify(holderClaims({ aud: DESK.audience, nonce: DESK.nonce, vs: 1 })),
    ),
    await signTrusted(
      'registryNext',
      headerFor('registryNext'),
      JSON.stringify(holderClaims({ vs: 0 })),
    ),
    await signTrusted(
      'other',
      headerFor('other'),
      JSON.stringify(holderClaims({ iss: PARTNER_ISSUER })),
    ),
  ];
});

afterAll(() => {
  console.log(
    `fuzz verifyStatusToken: ${tally.verifyRuns} runs, ${tally.rejected} rejected, ${tally.accepted} accepted; fuzz qrTextToJws: ${tally.qrRuns} runs (seed ${SEED})`,
  );
});

describe('fuzz: verifyStatusToken never throws and accepts only what a trusted key signed', () => {
  it('accepts every base token the mutations start from (the oracle can see an acceptance)', async () => {
    for (const [index, token] of bases.entries()) {
      const verdict = await checkVerdict(token, index === 1 ? DESK : {});
      expect(verdict.ok).toBe(true);
    }
  });

  it(`arbitrary strings (${RUNS.arbitraryStrings} runs)`, { timeout: 60_000 }, async () => {
    const before = tally.verifyRuns;
    await assertProperty(
      fc.tuple(arbitraryInput, options),
      RUNS.arbitraryStrings,
      async ([input, opts]) => {
        const verdict = await checkVerdict(input, opts);
        expect(verdict.ok).toBe(false);
      },
    );
    expect(tally.verifyRuns - before).toBe(RUNS.arbitraryStrings);
  });

  it(
    `arbitrary JSON headers and payloads in three segments (${RUNS.arbitraryJson} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      const signature = fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.uint8Array({ minLength: 64, maxLength: 64 }),
        fc.constant('genuine' as const),
      );
      await assertProperty(
        fc.tuple(
          headerArbitrary,
          fc.oneof(claimsArbitrary, fc.jsonValue({ maxDepth: 2 })),
          signature,
          options,
        ),
        RUNS.arbitraryJson,
        async ([header, claims, sig, opts]) => {
          // Symbolic kids become the real kid of that key, so that lookups can succeed.
          const record = header as Record<string, unknown>;
          const resolved =
            typeof header === 'object' &&
            header !== null &&
            !Array.isArray(header) &&
            typeof record.kid === 'string' &&
            Object.hasOwn(kids, record.kid)
              ? { ...record, kid: kids[record.kid as SignerName] }
              : header;
          const signatureSegment = sig === 'genuine' ? segmentsOf(bases[0]!)[2] : b64u(sig);
          const token = `${b64u(JSON.stringify(resolved))}.${b64u(JSON.stringify(claims))}.${signatureSegment}`;
          await checkVerdict(token, opts);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.arbitraryJson);
    },
  );

  it(
    `mutations of genuinely signed tokens (${RUNS.mutations} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      await assertProperty(
        fc.tuple(
          fc.nat(bases.length - 1),
          fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
        ),
        RUNS.mutations,
        async ([baseIndex, mutations]) => {
          const token = mutations.reduce(mutate, bases[baseIndex]!);
          const verdict = await checkVerdict(token, baseIndex === 1 ? DESK : {});
          if (!signedByTrusted.has(token)) expect(verdict.ok).toBe(false);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.mutations);
    },
  );

  it(
    `re-encoded payloads with arbitrary claims, signed or not (${RUNS.reEncodedClaims} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      let modelled = 0;
      let modelAccepted = 0;
      const how = fc.constantFrom(
        'original signature',
        'attacker, registry kid',
        'attacker, own kid',
        'registry',
        'registryNext',
        'other',
      );
      await assertProperty(
        fc.tuple(claimsArbitrary, how, options),
        RUNS.reEncodedClaims,
        async ([claims, mode, opts]) => {
          const payload = JSON.stringify(claims);
          let token: string;
          if (mode === 'original signature') {
            const [header, , signature] = segmentsOf(bases[0]!);
            token = `${header}.${b64u(payload)}.${signature}`;
          } else if (mode === 'attacker, registry kid') {
            token = await signRaw(headerFor('registry'), payload, 'attacker');
          } else if (mode === 'attacker, own kid') {
            token = await signRaw(headerFor('attacker'), payload, 'attacker');
          } else {
            token = await signTrusted(mode, headerFor(mode), payload);
          }
          const verdict = await checkVerdict(token, opts);
          if (TRUSTED_SIGNERS.includes(mode as (typeof TRUSTED_SIGNERS)[number])) {
            // Independent check against SPEC §4, on the claims as the verifier will parse them.
            const parsed = JSON.parse(payload) as Record<string, unknown>;
            const expected = specAccepts(
              parsed,
              ISSUER_OF[mode as (typeof TRUSTED_SIGNERS)[number]],
              token.length,
              opts,
            );
            modelled++;
            if (expected) modelAccepted++;
            expect(verdict.ok).toBe(expected);
          } else {
            expect(verdict.ok).toBe(false);
          }
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.reEncodedClaims);
      // Both outcomes must occur, or the model comparison proves little.
      expect(modelAccepted).toBeGreaterThan(50);
      expect(modelled - modelAccepted).toBeGreaterThan(50);
    },
  );

  it(
    `tokens signed by a key no one trusts, with any header (${RUNS.untrustedSigner} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      await assertProperty(
        fc.tuple(
          fc.constantFrom<SignerName>('registry', 'registryNext', 'other', 'attacker'),
          fc.dictionary(
            fc.constantFrom('jwk', 'jku', 'x5u', 'x5c', 'crit', 'b64', 'cty', 'zip'),
            claimJunk,
            { maxKeys: 2 },
          ),
          fc.oneof(claimsArbitrary, fc.constant(holderClaims())),
          options,
        ),
        RUNS.untrustedSigner,
        async ([kidOfSigner, extra, claims, opts]) => {
          const token = await signRaw(
            headerFor(kidOfSigner, extra),
            JSON.stringify(claims),
            'attacker',
          );
          const verdict = await checkVerdict(token, opts);
          expect(verdict.ok).toBe(false);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.untrustedSigner);
    },
  );

  it('rejects every one-character change of a signed token, with the code of the part changed', async () => {
    const token = bases[0]!;
    const [header, payload] = segmentsOf(token);
    let runs = 0;
    for (let index = 0; index < token.length; index++) {
      if (token[index] === '.') continue;
      for (const replacement of ['A', 'z', '-', '.']) {
        if (token[index] === replacement) continue;
        const changed = token.slice(0, index) + replacement + token.slice(index + 1);
        const verdict = await checkVerdict(changed);
        runs++;
        expect(verdict.ok, `a change at ${index}`).toBe(false);
        if (replacement === '.' || verdict.ok) continue;
        // A broken header is MALFORMED or a wrong alg; a broken payload cannot reach past the
        // signature; a changed signature is BAD_SIGNATURE whatever the claims say.
        if (index < header.length) {
          expect(['MALFORMED', 'UNSUPPORTED_ALG', 'UNKNOWN_KEY', 'BAD_SIGNATURE']).toContain(
            verdict.code,
          );
        } else if (index > header.length + payload.length + 1) {
          expect(verdict.code).toBe('BAD_SIGNATURE');
        } else {
          expect(['MALFORMED', 'UNTRUSTED_ISSUER', 'BAD_SIGNATURE']).toContain(verdict.code);
        }
      }
    }
    expect(runs).toBeGreaterThan(3 * (token.length - 2));
  });
});

describe('fuzz: qrTextToJws', () => {
  /**
   * The oracle of every QR text: no throw; null or a compact JWS the verifier would read; and
   * exact: numeric text decodes to the one JWS that encodes back to it, raw text to itself.
   */
  function checkQr(text: string): string | null {
    tally.qrRuns++;
    const jws = qrTextToJws(text);
    if (jws === null) return null;
    expect(jws).toMatch(COMPACT_JWS);
    expect(jws.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    const trimmed = text.trim();
    if (trimmed.toLowerCase().startsWith('kycvs:/')) {
      expect(jwsToQrText(jws)).toBe(`kycvs:/${trimmed.slice('kycvs:/'.length)}`);
    } else {
      expect(jws).toBe(trimmed);
    }
    return jws;
  }

  /** Any compact JWS shape, as text the verifier would read (at most 4096 characters). */
  const anyJws = (maxSegment: number) =>
    fc
      .tuple(b64urlText(maxSegment), b64urlText(maxSegment), b64urlText(maxSegment))
      .map((parts) => parts.join('.'));

  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 400 });
  const qrText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.oneof(tokenChar, strayChar), maxLength: 300 }),
    fc
      .tuple(fc.constantFrom('kycvs:/', 'KYCVS:/', 'kycvs:', 'kycvs:/ ', ' kycvs:/'), digits)
      .map(([prefix, body]) => prefix + body),
    fc
      .string({ unit: fc.constantFrom(...'0123456789'), minLength: 8190, maxLength: 8196 })
      .map((body) => `kycvs:/${body}`),
    // Near misses: the numeric text of a real JWS shape with one digit dropped, doubled or
    // changed, so that odd lengths and out-of-range pairs are reached, not only noise.
    fc
      .tuple(anyJws(60), fc.nat(), fc.constantFrom('drop', 'double', 'change'), fc.nat(9))
      .map(([jws, at, edit, digit]) => {
        const text = jwsToQrText(jws);
        const index = 'kycvs:/'.length + (at % (text.length - 'kycvs:/'.length));
        const replacement =
          edit === 'drop' ? '' : edit === 'double' ? text[index]!.repeat(2) : String(digit);
        return text.slice(0, index) + replacement + text.slice(index + 1);
      }),
  );

  it(
    `never throws and yields null or a compact JWS that re-encodes to its input (${RUNS.qrArbitraryText} runs)`,
    { timeout: 60_000 },
    () => {
      const before = tally.qrRuns;
      fc.assert(
        fc.property(qrText, (text) => {
          checkQr(text);
        }),
        { seed: SEED, numRuns: RUNS.qrArbitraryText },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrArbitraryText);
    },
  );

  it(
    `round-trips every compact JWS of at most 4096 characters (${RUNS.qrRoundTrip} runs)`,
    { timeout: 60_000 },
    () => {
      const before = tally.qrRuns;
      fc.assert(
        fc.property(anyJws(1364), fc.constantFrom('', ' ', '\n', '\r\n'), (token, space) => {
          const text = jwsToQrText(token);
          expect(text).toMatch(/^kycvs:\/[0-9]+$/);
          expect(checkQr(text)).toBe(token);
          expect(qrTextToJws(`${space}${text}${space}`)).toBe(token);
          expect(qrTextToJws(text.toUpperCase())).toBe(token);
          expect(qrTextToJws(token)).toBe(token);
        }),
        { seed: SEED, numRuns: RUNS.qrRoundTrip },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrRoundTrip);
    },
  );

  it('rejects the QR text of a JWS longer than the verifier will read', () => {
    const long = `${'a'.repeat(2000)}.${'b'.repeat(2000)}.${'c'.repeat(100)}`;
    expect(long.length).toBeGreaterThan(MAX_TOKEN_LENGTH);
    expect(qrTextToJws(jwsToQrText(long))).toBeNull();
    expect(qrTextToJws(long)).toBeNull();
  });

  it(
    `mutated QR texts of genuine tokens decode to nothing a verifier accepts (${RUNS.qrMutatedThenVerified} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.qrRuns;
      const digitEdit = fc.record({
        at: fc.nat(),
        ch: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...'0123456789') }, strayChar),
        remove: fc.boolean(),
      });
      await assertProperty(
        fc.tuple(fc.nat(bases.length - 1), fc.array(digitEdit, { minLength: 1, maxLength: 3 })),
        RUNS.qrMutatedThenVerified,
        async ([baseIndex, edits]) => {
          let text = jwsToQrText(bases[baseIndex]!);
          for (const { at, ch, remove } of edits) {
            const index = 'kycvs:/'.length + (at % (text.length - 'kycvs:/'.length + 1));
            text = text.slice(0, index) + (remove ? '' : ch) + text.slice(index + (remove ? 1 : 0));
          }
          const jws = checkQr(text);
          if (jws !== null) {
            const verdict = await checkVerdict(jws, baseIndex === 1 ? DESK : {});
            if (!signedByTrusted.has(jws)) expect(verdict.ok).toBe(false);
          }
        },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrMutatedThenVerified);
    },
  );
});
