import { describe, expect, it } from 'vitest';
import { verifyCredential, type CredentialVerdict } from '../../../src/protocol/index.ts';
import { NOT_A_VERIFIER_STEP, judge, loadCases } from './eu-dcc-cases.ts';

const cases = loadCases();

// Steps after the one that rejected a code are not reached. These cases expect a later step to
// pass, but their VALIDATIONCLOCK is before the code's own iat (the suite names no expiration
// expectation for them), so verification stops at NOT_YET_VALID first.
const UNREACHED = new Set([
  'ES/2DCode/raw/1101.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/1102.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/1103.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/2101.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/2101.json EXPECTEDVALIDJSON',
  'ES/2DCode/raw/2102.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/2102.json EXPECTEDVALIDJSON',
  'ES/2DCode/raw/2103.json EXPECTEDVALIDOBJECT',
  'ES/2DCode/raw/2103.json EXPECTEDVALIDJSON',
  'FR/2DCode/raw/recovery_ok.json EXPECTEDVALIDOBJECT',
  'FR/2DCode/raw/recovery_ok.json EXPECTEDVALIDJSON',
  'FR/2DCode/raw/test_pcr_ok.json EXPECTEDVALIDOBJECT',
  'FR/2DCode/raw/test_pcr_ok.json EXPECTEDVALIDJSON',
  'FR/2DCode/raw/vaccin_ok.json EXPECTEDVALIDOBJECT',
  'FR/2DCode/raw/vaccin_ok.json EXPECTEDVALIDJSON',
  'LU/2DCode/raw/INCERT_R_DCC_Recovery.json EXPECTEDVALIDOBJECT',
  'LU/2DCode/raw/INCERT_R_DCC_Recovery.json EXPECTEDVALIDJSON',
  'SG/2DCode/raw/4.json EXPECTEDVALIDJSON',
]);

// `EXPTECTEDEXPIRED` (sic) appears on 7 cases with no documented meaning (BG 1.json holds it with
// an exp a year after its clock): it is not scored.
const UNSCORED = new Set(['EXPTECTEDEXPIRED', ...Object.keys(NOT_A_VERIFIER_STEP)]);

const verdicts = new Map<string, CredentialVerdict>();
async function verdictOf(name: string): Promise<CredentialVerdict> {
  const held = verdicts.get(name);
  if (held) return held;
  const found = cases.find((c) => c.name === name)!;
  const verdict = await verifyCredential(found.prefix, found.trust, { now: found.clock });
  verdicts.set(name, verdict);
  return verdict;
}

describe('EU DCC test suite (dgc-testdata), each case at its clock with its own signer', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name]))('%s matches its expected results', async (name) => {
    const found = cases.find((c) => c.name === name)!;
    const verdict = await verdictOf(name);
    for (const [step, expected] of Object.entries(found.expected)) {
      if (UNSCORED.has(step)) continue;
      const outcome = judge(step, expected, verdict);
      const key = `${name} ${step}`;
      expect({ key, outcome }).toEqual({
        key,
        outcome: UNREACHED.has(key) ? 'unreached' : 'match',
      });
    }
    // Never accept a code whose signature should fail.
    if (found.expected.EXPECTEDVERIFY === false) expect(verdict.ok).toBe(false);
  });

  it('matches at least 95 % of all scored expected results', async () => {
    let scored = 0;
    let matched = 0;
    for (const found of cases) {
      const verdict = await verdictOf(found.name);
      for (const [step, expected] of Object.entries(found.expected)) {
        if (UNSCORED.has(step)) continue;
        scored++;
        if (judge(step, expected, verdict) === 'match') matched++;
      }
    }
    expect(matched / scored).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a genuine vaccination to its status, name, birth date and id', async () => {
    const verdict = await verdictOf('AT/2DCode/raw/1.json');
    expect(verdict).toMatchObject({ ok: true, format: 'eudcc', issuer: 'AT' });
    expect(verdict.ok && [verdict.status, typeof verdict.name, verdict.birthDate]).toEqual([
      expect.any(Number),
      'string',
      expect.stringMatching(/^\d{4}/),
    ]);
  });

  it('calls a genuine test or recovery certificate NOT_VACCINATION', async () => {
    expect(await verdictOf('common/2DCode/raw/CO12.json')).toMatchObject({
      code: 'NOT_VACCINATION',
    });
    expect(await verdictOf('common/2DCode/raw/CO14.json')).toMatchObject({
      code: 'NOT_VACCINATION',
    });
  });

  it('rejects a signer whose key usage does not allow the type', async () => {
    for (const name of ['CO6', 'CO8', 'CO10']) {
      expect(await verdictOf(`common/2DCode/raw/${name}.json`)).toMatchObject({
        ok: false,
        code: 'WRONG_KEY_USAGE',
      });
    }
  });

  it('rejects a code without a trusted signer, with UNKNOWN_KEY', async () => {
    const found = cases.find((c) => c.name === 'common/2DCode/raw/CO3.json')!;
    const verdict = await verifyCredential(found.prefix, { eudcc: [] }, { now: found.clock });
    expect(verdict).toMatchObject({ ok: false, format: 'eudcc', code: 'UNKNOWN_KEY' });
  });
});
