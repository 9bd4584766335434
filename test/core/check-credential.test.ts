/**
 * The check pipeline for SPEC §9's formats: checkScanned recognises the format from the text or
 * the QR's bytes, verifies with the trust list held, refreshes it (throttled) when the signer is
 * not on it, and reads each verdict into the outcome the screens show and the log keeps.
 */
import { trustRecord } from '../helpers/trust-record.ts';
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkScanned, type CheckContext } from '../../src/core/check.ts';
import { classify } from '../../src/core/classify.ts';
import { recordCheck } from '../../src/core/record.ts';
import { CredentialIssuers, type CredentialRequest } from '../../simulator/issuers/index.ts';
import { cardPayload, jwsToShcText, signCardPayload } from '../../simulator/issuers/shc.ts';
import { openVerifierDb, type TrustListRecord } from '../../src/store/db.ts';
import { readLog } from '../../src/store/log.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const ISSUER = 'http://localhost:8123';
let dirs: string[] = [];
let issuers: CredentialIssuers;
let stranger: CredentialIssuers;
let held: TrustListRecord;

async function openIssuers(): Promise<CredentialIssuers> {
  const dir = mkdtempSync(join(tmpdir(), 'kycvs-check-credential-'));
  dirs.push(dir);
  return CredentialIssuers.open(dir, ISSUER, new Date(NOW));
}

beforeAll(async () => {
  issuers = await openIssuers();
  stranger = await openIssuers();
  held = trustRecord(issuers.trustList(), NOW);
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function request(format: CredentialRequest['format'], doses: number): CredentialRequest {
  return { format, full_name: 'Kavya Nair', birth_date: '1992-08-17', doses, total_doses: 2 };
}

/** The QR's text and bytes as a decoder hands them over. */
async function scanned(from: CredentialIssuers, req: CredentialRequest) {
  const issued = await from.issueCredential(req, { now: new Date(NOW) });
  if ('qr_text' in issued) {
    return { text: issued.qr_text, bytes: new TextEncoder().encode(issued.qr_text), exact: true };
  }
  const bytes = new Uint8Array(Buffer.from(issued.qr_bytes, 'base64'));
  // A binary QR read as text is garbage; only the bytes hold the ZIP.
  return { text: new TextDecoder().decode(bytes), bytes, exact: true };
}

function scanText(
  text: string,
  context: CheckContext,
  code?: { bytes: Uint8Array; exact: boolean },
) {
  return checkScanned(code ? { text, ...code } : text, context);
}

function context(
  trust: TrustListRecord | null,
  overrides: Partial<CheckContext> = {},
): CheckContext {
  return {
    issuers: async () => [],
    trustList: async () => trust,
    online: () => false,
    refresh: vi.fn(async () => ({ ok: false as const, reason: 'OFFLINE' as const })),
    now: () => NOW,
    ...overrides,
  };
}

describe('checkScanned with the other formats (SPEC §9)', () => {
  it.each(['divoc', 'eudcc', 'shc'] as const)(
    'reads a %s code to its status, name and birth date, keyed on its own id',
    async (format) => {
      for (const [doses, status, headline] of [
        [1, 1, 'partial'],
        [2, 2, 'full'],
      ] as const) {
        const code = await scanned(issuers, request(format, doses));
        const outcome = await scanText(code.text, context(held), code);
        expect(outcome).toMatchObject({
          kind: 'status',
          format,
          status,
          name: 'Kavya Nair',
          birthDate: '1992-08-17',
          staleKeys: false,
        });
        expect(outcome).not.toHaveProperty('mob');
        expect(classify(outcome).headline).toBe(headline);
        expect(outcome.kind === 'status' && JSON.parse(outcome.id!)[0]).toBe(format);
      }
    },
  );

  it('reads a CoWIN certificate only from the bytes of its QR, not from its text', async () => {
    const code = await scanned(issuers, request('divoc', 2));
    expect(await scanText(code.text, context(held))).toMatchObject({ kind: 'invalid' });
    expect(await scanText(code.text, context(held), code)).toMatchObject({
      kind: 'status',
      format: 'divoc',
    });
  });

  it('says "Not a vaccination certificate" for a genuine card with no immunization', async () => {
    const payload = cardPayload({
      iss: ISSUER,
      nbf: NOW / 1000,
      fullName: 'Kavya Nair',
      birthDate: '1992-08-17',
      doses: [],
    });
    const text = jwsToShcText(signCardPayload(payload, issuers.shcSigner()));
    const outcome = await scanText(text, context(held));
    expect(outcome).toMatchObject({ kind: 'not-vaccination', format: 'shc' });
    expect(classify(outcome)).toMatchObject({
      headline: 'notVaccination',
      verdict: 'NOT_VACCINATION',
    });
  });

  it.each(['divoc', 'eudcc', 'shc'] as const)(
    'says "cannot verify", never forged, for a %s code by a signer not on the list',
    async (format) => {
      const code = await scanned(stranger, request(format, 2));
      const outcome = await scanText(code.text, context(held), code);
      expect(outcome).toMatchObject({ kind: 'cannot-verify', format, reason: 'UNKNOWN_KEY' });
      expect(classify(outcome).headline).toBe('cannot-verify');
    },
  );

  it('says "cannot verify" with NO_KEYS when no trust list is held', async () => {
    const code = await scanned(issuers, request('eudcc', 2));
    expect(await scanText(code.text, context(null), code)).toMatchObject({
      kind: 'cannot-verify',
      format: 'eudcc',
      reason: 'NO_KEYS',
    });
  });

  it('refreshes the trust list once when online and the signer is not held, then verifies', async () => {
    const code = await scanned(issuers, request('shc', 2));
    let trust: TrustListRecord | null = null;
    const refresh = vi.fn(async () => {
      trust = held;
      return { ok: true as const, iss: ISSUER, changed: true, clockSkewMs: 0 };
    });
    const outcome = await scanText(
      code.text,
      context(null, { online: () => true, refresh, trustList: async () => trust }),
      code,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ kind: 'status', format: 'shc', status: 2 });
  });

  it('asks no refresh while offline, nor when the throttle says one was made too recently', async () => {
    const code = await scanned(stranger, request('shc', 2));
    const offline = context(held);
    await scanText(code.text, offline, code);
    expect(offline.refresh).not.toHaveBeenCalled();
    const throttled = vi.fn(async () => null);
    const outcome = await scanText(
      code.text,
      context(held, { online: () => true, refresh: throttled }),
      code,
    );
    expect(throttled).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ kind: 'cannot-verify', reason: 'UNKNOWN_KEY' });
  });

  it('calls a code of a known kind that does not decode Invalid, with its kind', async () => {
    for (const [text, format] of [
      ['HC1:not-yet-read', 'eudcc'],
      ['shc:/12ab', 'shc'],
      ['{"not": "a certificate"}', 'divoc'],
    ] as const) {
      const outcome = await scanText(text, context(held));
      expect(outcome, text).toMatchObject({ kind: 'invalid', format });
      expect(outcome.kind === 'invalid' && outcome.code, text).toMatch(/MALFORMED|BAD_CLAIMS/);
    }
  });

  it('calls a card with an altered signature Invalid with BAD_SIGNATURE', async () => {
    const code = await scanned(issuers, request('shc', 2));
    const digits = code.text.slice(5);
    // SMART Health Cards §QR: each JWS character is two digits; one of the signature's last
    // characters (well inside its 86) becomes another base64url character.
    const at = digits.length - 40;
    const swapped = digits.slice(at, at + 2) === '20' ? '21' : '20';
    const tampered = `shc:/${digits.slice(0, at)}${swapped}${digits.slice(at + 2)}`;
    expect(await scanText(tampered, context(held))).toMatchObject({
      kind: 'invalid',
      format: 'shc',
      code: 'BAD_SIGNATURE',
    });
  });

  it('flags the same certificate shown twice, and logs format, verdict and id hash only', async () => {
    const db = await openVerifierDb('check-credential-log');
    for (const [i, format] of (['divoc', 'eudcc', 'shc'] as const).entries()) {
      const at = NOW + i * 3_600_000;
      const code = await scanned(issuers, request(format, 2));
      const first = await recordCheck(db, await scanText(code.text, context(held), code), 'qr', at);
      const again = await recordCheck(
        db,
        await scanText(code.text, context(held), code),
        'qr',
        at + 60_000,
      );
      expect(first).toMatchObject({ alreadyCheckedAt: null });
      expect(again).toMatchObject({ alreadyCheckedAt: at });
      expect(classify(again).group).toBe('repeat');
    }
    const log = await readLog(db);
    expect(log.map((entry) => [entry.format, entry.verdict])).toEqual([
      ['divoc', 'pass'],
      ['divoc', 'repeat'],
      ['eudcc', 'pass'],
      ['eudcc', 'repeat'],
      ['shc', 'pass'],
      ['shc', 'repeat'],
    ]);
    const stored = JSON.stringify(log);
    expect(stored).not.toMatch(/Kavya|Nair|1992/);
    for (const entry of log) expect(entry.idHash).toMatch(/^[0-9a-f]{64}$/);
    db.close();
  });
});
