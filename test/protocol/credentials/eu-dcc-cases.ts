/**
 * The EU DCC test suite (dgc-testdata) as cases for verifyCredential: each case's own signer
 * certificate as the only trusted one, its clock, and its expected results mapped to the
 * step of verification each one names.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CredentialVerdict, TrustStore } from '../../../src/protocol/index.ts';

/** Where the suite lives. */
export const SUITE_DIR = new URL('../../../../shared/testdata/eu-dcc/', import.meta.url).pathname;

/** One case of the suite. */
export interface DccCase {
  name: string;
  prefix: string;
  clock: Date;
  trust: TrustStore;
  expected: Record<string, boolean>;
}

/** The steps of verification, in order, as the suite names their expected results. */
export const STEPS = [
  'EXPECTEDUNPREFIX',
  'EXPECTEDB45DECODE',
  'EXPECTEDCOMPRESSION',
  'EXPECTEDDECODE',
  'EXPECTEDVERIFY',
  'EXPECTEDEXPIRATIONCHECK',
  'EXPECTEDVALIDJSON',
  'EXPECTEDKEYUSAGE',
] as const;

/** Expected results that are not a verifier's to check, with the reason. */
export const NOT_A_VERIFIER_STEP: Record<string, string> = {
  EXPECTEDSCHEMAVALIDATION: 'excluded: the flags predate the 1.3.3 schema',
  EXPECTEDENCODE: 'an issuer step (JSON to CBOR)',
  EXPECTEDPICTUREDECODE: 'a scanner step (PNG to text): eu-dcc-pictures.test.ts checks it',
  EXPECTEDRESULTS: 'not a step',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Every case with expected results (files without EXPECTEDRESULTS are skipped). */
export function loadCases(): DccCase[] {
  const cases: DccCase[] = [];
  for (const path of files(SUITE_DIR).sort()) {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    if (!json || typeof json.EXPECTEDRESULTS !== 'object') continue;
    const der = Buffer.from(json.TESTCTX.CERTIFICATE, 'base64');
    const kid = createHash('sha256').update(der).digest().subarray(0, 8).toString('base64');
    const name = relative(SUITE_DIR, path);
    cases.push({
      name,
      prefix: json.PREFIX,
      clock: new Date(json.TESTCTX.VALIDATIONCLOCK),
      trust: {
        eudcc: [{ kid, country: name.split('/')[0]!, certificate: der.toString('base64') }],
      },
      expected: json.EXPECTEDRESULTS,
    });
  }
  return cases;
}

/**
 * The step at which a verdict stopped, as an index into STEPS (STEPS.length when it passed every
 * step: an accepted verdict, or a genuine test or recovery certificate).
 */
export function failedStep(verdict: CredentialVerdict): number {
  if (verdict.ok) return STEPS.length;
  const { code, cause } = verdict;
  if (code === 'UNSUPPORTED_FORMAT') return 0;
  if (code === 'MALFORMED' && cause === 'base45') return 1;
  if (code === 'MALFORMED' && cause === 'zlib') return 2;
  if (code === 'MALFORMED') return 3;
  if (code === 'UNSUPPORTED_ALG' || code === 'UNKNOWN_KEY' || code === 'BAD_SIGNATURE') return 4;
  if (code === 'EXPIRED' || code === 'NOT_YET_VALID') return 5;
  if (code === 'BAD_CLAIMS') return 6;
  if (code === 'WRONG_KEY_USAGE') return 7;
  return STEPS.length;
}

/** One expected result against a verdict: matched, not matched, or a step never reached. */
export function judge(
  step: string,
  expected: boolean,
  verdict: CredentialVerdict,
): 'match' | 'mismatch' | 'unreached' {
  const index = (STEPS as readonly string[]).indexOf(
    step === 'EXPECTEDVALIDOBJECT' ? 'EXPECTEDVALIDJSON' : step,
  );
  const stopped = failedStep(verdict);
  if (index < stopped) return expected ? 'match' : 'mismatch';
  if (index === stopped) return expected ? 'mismatch' : 'match';
  // A later step was never reached: an expected failure there is still a rejection.
  return expected ? 'unreached' : 'match';
}
