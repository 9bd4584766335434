/**
 * Real specimen EU DCCs (dgc-testdata) against a list built by `kycvs-trust build` from the
 * real German DSC list: a code whose signer is in the list gets the same verdict as with its
 * issuer's own certificate, at a clock within its validity; one whose signer is not, cannot be
 * verified (never "forged").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  verifyCredential,
  verifyTrustList,
  type SignedTrustList,
} from '../../src/protocol/index.ts';
import { buildTrustList } from '../../trust/build.ts';
import { generateTrustKeyJwk } from '../../trust/sign.ts';
import { failedStep, judge, loadCases } from '../protocol/credentials/eu-dcc-cases.ts';

const DSC = new URL(
  '../../../shared/testdata/real-trust/de-dsc-list/dsc-list.json',
  import.meta.url,
).pathname;
const cases = loadCases();
let dir: string;
let list: SignedTrustList;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kycvs-real-dsc-'));
  writeFileSync(join(dir, 'key.jwk'), JSON.stringify(generateTrustKeyJwk()));
  await buildTrustList({ key: join(dir, 'key.jwk'), out: join(dir, 'list.jws'), deDscList: DSC });
  const verdict = await verifyTrustList(readFileSync(join(dir, 'list.jws'), 'utf8'));
  if (!verdict.ok) throw new Error(verdict.code);
  list = verdict.list;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('real EU DCC specimens against the list built from the real DSC list', () => {
  it('verifies each specimen whose signer is listed as its issuer’s own certificate does', async () => {
    const kids = new Set(list.eudcc.map((entry) => entry.kid));
    const listed = cases.filter((c) => kids.has(c.trust.eudcc![0]!.kid));
    expect(listed.length).toBeGreaterThan(0);
    for (const found of listed) {
      const withList = await verifyCredential(found.prefix, list, { now: found.clock });
      const withOwn = await verifyCredential(found.prefix, found.trust, { now: found.clock });
      expect({ name: found.name, verdict: withList }).toEqual({
        name: found.name,
        verdict: withOwn,
      });
      // The signature step passed: the list's certificate is the one that signed it.
      if (found.expected.EXPECTEDVERIFY) expect(failedStep(withList)).toBeGreaterThan(4);
      for (const [step, expected] of Object.entries(found.expected)) {
        if (step === 'EXPECTEDVERIFY' || step === 'EXPECTEDDECODE' || step === 'EXPECTEDUNPREFIX') {
          expect({ step, outcome: judge(step, expected, withList) }).toEqual({
            step,
            outcome: 'match',
          });
        }
      }
    }
  });

  it('cannot verify a specimen whose signer is not in the list', async () => {
    const kids = new Set(list.eudcc.map((entry) => entry.kid));
    const unlisted = cases.find(
      (c) => !kids.has(c.trust.eudcc![0]!.kid) && c.expected.EXPECTEDVERIFY === true,
    )!;
    const verdict = await verifyCredential(unlisted.prefix, list, { now: unlisted.clock });
    expect(verdict).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });
});
