import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  verifyCredential,
  verifyTrustList,
  type CredentialVerdict,
  type SignedTrustList,
} from '../../../src/protocol/index.ts';
import {
  CredentialIssuers,
  type CredentialRequest,
  type IssuedCredential,
} from '../../../simulator/issuers/index.ts';
import { TrustListPublisher } from '../../../simulator/issuers/publisher.ts';

const NOW = new Date('2026-05-01T12:00:00Z');
let dataDir: string;
let issuers: CredentialIssuers;
let publisher: TrustListPublisher;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kycvs-revocation-'));
  issuers = await CredentialIssuers.open(dataDir, 'http://localhost:8123', NOW);
  publisher = await TrustListPublisher.open(dataDir, issuers, () => NOW.getTime());
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function inputOf(issued: IssuedCredential): string | Uint8Array {
  return 'qr_text' in issued
    ? issued.qr_text
    : new Uint8Array(Buffer.from(issued.qr_bytes, 'base64'));
}

const request = (format: CredentialRequest['format']): CredentialRequest => ({
  format,
  full_name: 'Kavya Nair',
  birth_date: '1992-08-17',
  doses: 2,
  total_doses: 2,
});

async function currentList(): Promise<SignedTrustList> {
  const verdict = await verifyTrustList(publisher.current(), {
    thumbprint: publisher.thumbprint,
    now: NOW,
  });
  if (!verdict.ok) throw new Error(verdict.code);
  return verdict.list;
}

describe('offline revocation (SPEC §10)', () => {
  it.each(['divoc', 'eudcc', 'shc'] as const)(
    'a %s code revoked by its SPEC §9 id is REVOKED, nothing else of it given; others still pass',
    async (format) => {
      const revokedCode = inputOf(await issuers.issueCredential(request(format), { now: NOW }));
      const keptCode = inputOf(await issuers.issueCredential(request(format), { now: NOW }));
      const before = await verifyCredential(revokedCode, await currentList(), { now: NOW });
      expect(before.ok).toBe(true);
      const seqBefore = publisher.seq;
      publisher.revoke(format, (before as Extract<CredentialVerdict, { ok: true }>).id);
      expect(publisher.seq).toBe(seqBefore + 1);
      const list = await currentList();
      const after = await verifyCredential(revokedCode, list, { now: NOW });
      expect(after).toEqual({ ok: false, format, code: 'REVOKED' });
      expect(await verifyCredential(keptCode, list, { now: NOW })).toMatchObject({
        ok: true,
        format,
      });
      // The accepted verdict carries no revocation keys out of the protocol.
      expect(Object.keys(await verifyCredential(keptCode, list, { now: NOW }))).not.toContain(
        'revocationKeys',
      );
    },
  );

  it('consults an external lookup when one is given, instead of the list', async () => {
    const code = inputOf(await issuers.issueCredential(request('eudcc'), { now: NOW }));
    const asked: string[] = [];
    const verdict = await verifyCredential(code, issuers.trustList(), {
      now: NOW,
      isRevoked: (format, key) => {
        asked.push(`${format}:${key}`);
        return asked.length === 1;
      },
    });
    expect(verdict).toEqual({ ok: false, format: 'eudcc', code: 'REVOKED' });
    expect(asked[0]).toMatch(/^eudcc:[A-Za-z0-9+/]{22}==$/);
  });

  it('revokes a SMART Health Card rid with a timestamp only for cards issued before it', async () => {
    const issued: { rid: string; kid: string; iss: string; id: string }[] = [];
    const previous = issuers.onShcIssued;
    issuers.onShcIssued = (card) => {
      issued.push(card);
      previous?.(card);
    };
    const code = inputOf(await issuers.issueCredential(request('shc'), { now: NOW }));
    issuers.onShcIssued = previous;
    const card = issued[0]!;
    const seconds = Math.floor(NOW.getTime() / 1000);
    const store = (rid: string) => ({
      ...issuers.trustList(),
      revoked: { shc: [{ iss: card.iss, kid: card.kid, rid }] },
    });
    expect(await verifyCredential(code, store(`${card.rid}.${seconds + 1}`), { now: NOW })).toEqual(
      { ok: false, format: 'shc', code: 'REVOKED' },
    );
    expect(
      await verifyCredential(code, store(`${card.rid}.${seconds}`), { now: NOW }),
    ).toMatchObject({ ok: true });
    expect(await verifyCredential(code, store('AAAAAAAAAAA'), { now: NOW })).toMatchObject({
      ok: true,
    });
  });

  it('answers 404 for a SMART Health Card id it never issued', () => {
    expect(() => publisher.revoke('shc', 'f'.repeat(64))).toThrow(/no SMART Health Card/);
  });
});
