/**
 * `kycvs-trust` (SPEC §10) on the authorities' own published lists: each input verified against
 * its anchor, counts that match an independent parse, and no output at all when an input fails.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTrustList } from '../../src/protocol/index.ts';
import { main } from '../../trust/cli.ts';

const REAL = new URL('../../../shared/testdata/real-trust/', import.meta.url).pathname;
const DSC = join(REAL, 'de-dsc-list', 'dsc-list.json');
const VCI = join(REAL, 'vci-snapshot', 'vci_snapshot.json');
const VCI_SIG = join(REAL, 'vci-snapshot', 'vci_snapshot.sig');
const DIVOC_TEST_KEY = join(REAL, 'cowin', 'divoc-main-test-key.pem');

let dir: string;
let key: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of `path` with the byte at `at` changed to another printable one of the same kind. */
function changedCopy(path: string, at: number, name: string): string {
  const bytes = Buffer.from(readFileSync(path));
  const old = bytes[at]!;
  bytes[at] =
    old >= 0x30 && old <= 0x38 ? old + 1 : old === 0x39 ? 0x30 : old === 0x41 ? 0x42 : 0x41;
  const copy = join(dir, name);
  writeFileSync(copy, bytes);
  return copy;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kycvs-trust-'));
  key = join(dir, 'key.jwk');
  expect((await run(['keygen', '--out', key])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kycvs-trust build', () => {
  it('verifies the real lists, builds a signed list whose counts match an independent parse', async () => {
    const out = join(dir, 'real.jws');
    const result = await run([
      'build',
      '--key',
      key,
      '--out',
      out,
      '--issuer',
      'https://trust.example.org',
      '--seq',
      '42',
      '--cowin-production',
      '--de-dsc-list',
      DSC,
      '--vci-snapshot',
      VCI,
      '--vci-signature',
      VCI_SIG,
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const verdict = await verifyTrustList(readFileSync(out, 'utf8'));
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const { list } = verdict;

    // Independent parse: the DSC list's certificates after its signature line.
    const dscText = readFileSync(DSC, 'utf8');
    const certificates = JSON.parse(dscText.slice(dscText.indexOf('\n') + 1)).certificates as {
      rawData: string;
      country: string;
    }[];
    expect(list.eudcc).toHaveLength(certificates.length);
    const kids = certificates.map((c) =>
      createHash('sha256')
        .update(Buffer.from(c.rawData, 'base64'))
        .digest()
        .subarray(0, 8)
        .toString('base64'),
    );
    expect(list.eudcc.map((entry) => entry.kid)).toEqual(kids);
    expect(list.eudcc.map((entry) => entry.country)).toEqual(certificates.map((c) => c.country));

    const snapshot = JSON.parse(readFileSync(VCI, 'utf8')) as {
      issuerInfo: { issuer: { iss: string }; keys?: unknown[]; crls?: { rids: string[] }[] }[];
    };
    const withKeys = snapshot.issuerInfo.filter((info) => (info.keys ?? []).length > 0);
    expect(list.shc).toHaveLength(withKeys.length);
    const rids = withKeys.flatMap((info) => (info.crls ?? []).flatMap((crl) => crl.rids));
    expect(list.revoked.shc).toHaveLength(rids.length);

    expect(list.divoc).toEqual([
      expect.objectContaining({ id: 'did:india', type: 'RsaVerificationKey2018' }),
    ]);
    expect(list.seq).toBe(42);
    expect(list.iss).toBe('https://trust.example.org');
    expect(list.sources.map((source) => [source.kind, source.count])).toEqual([
      ['cowin-production', 1],
      ['de-dsc-list', certificates.length],
      ['vci-snapshot', withKeys.length],
    ]);

    const inspected = await run(['inspect', out]);
    expect(inspected.code).toBe(0);
    expect(inspected.out).toContain(`seq:      42`);
    expect(inspected.out).toContain(`eudcc:    ${certificates.length}`);
    expect(inspected.out).toContain(`shc:      ${withKeys.length}`);
  });

  const dscBodyAt = readFileSync(DSC).indexOf('"rawData"') + 40;
  it.each([
    ['--de-dsc-list', 'a byte of its signature line', DSC, 10],
    ['--de-dsc-list', 'a byte of a certificate', DSC, dscBodyAt],
    ['--vci-snapshot', 'a byte of the snapshot', VCI, 5000],
    ['--vci-signature', 'a byte of the signature', VCI_SIG, 40],
  ])(
    'one changed byte (%s, %s): exit 1, the input named, no output',
    async (flag, _what, path, at) => {
      const copy = changedCopy(path, at, `changed-${flag.slice(2)}-${at}`);
      const inputs: Record<string, string> = {
        '--de-dsc-list': DSC,
        '--vci-snapshot': VCI,
        '--vci-signature': VCI_SIG,
      };
      inputs[flag] = copy;
      const out = join(dir, `changed-${at}.jws`);
      const args = ['build', '--key', key, '--out', out];
      if (flag === '--de-dsc-list') args.push('--de-dsc-list', copy);
      else
        args.push(
          '--vci-snapshot',
          inputs['--vci-snapshot']!,
          '--vci-signature',
          inputs['--vci-signature']!,
        );
      const before = readdirSync(dir);
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.err).toContain(flag === '--vci-signature' ? '--vci-s' : flag);
      expect(result.err).toMatch(/verif|signature/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((name) => !before.includes(name))).toEqual([]);
    },
  );

  it('refuses DIVOC’s public test key in a list of one’s own', async () => {
    const own = join(dir, 'own.json');
    writeFileSync(
      own,
      JSON.stringify({
        divoc: [
          {
            id: 'did:divoc:test',
            type: 'RsaVerificationKey2018',
            publicKeyPem: readFileSync(DIVOC_TEST_KEY, 'utf8'),
          },
        ],
      }),
    );
    const out = join(dir, 'own.jws');
    const result = await run(['build', '--key', key, '--out', out, '--add', own]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`--add ${own}`);
    expect(result.err).toContain('test key');
    expect(existsSync(out)).toBe(false);
  });

  it('adds lists and revocations of one’s own, checked entry by entry', async () => {
    const own = join(dir, 'mine.json');
    const revoked = join(dir, 'revoked.json');
    writeFileSync(
      own,
      JSON.stringify({
        shc: [{ iss: 'https://issuer.example.org', name: 'Mine', jwks: { keys: [] } }],
      }),
    );
    writeFileSync(revoked, JSON.stringify({ divoc: ['b'.repeat(64)] }));
    const out = join(dir, 'mine.jws');
    expect(
      (await run(['build', '--key', key, '--out', out, '--add', own, '--revoked', revoked])).code,
    ).toBe(0);
    const verdict = await verifyTrustList(readFileSync(out, 'utf8'));
    expect(verdict.ok && verdict.list.revoked.divoc).toEqual(['b'.repeat(64)]);
    writeFileSync(revoked, JSON.stringify({ divoc: ['not a hash'] }));
    const bad = await run([
      'build',
      '--key',
      key,
      '--out',
      join(dir, 'bad.jws'),
      '--revoked',
      revoked,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`--revoked ${revoked}`);
    expect(existsSync(join(dir, 'bad.jws'))).toBe(false);
  });

  it('never overwrites a key, and inspect refuses a list that does not verify', async () => {
    expect((await run(['keygen', '--out', key])).code).toBe(1);
    const broken = join(dir, 'broken.jws');
    writeFileSync(broken, 'a.b.c');
    const result = await run(['inspect', broken]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('MALFORMED');
  });

  it('runs as the package’s bin', async () => {
    const bin = new URL('../../bin/kycvs-trust.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      'keygen',
      '--out',
      join(dir, 'bin.jwk'),
    ]);
    expect(stdout).toMatch(/^thumbprint: [A-Za-z0-9_-]{43}\n$/);
    const failed = await promisify(execFile)(process.execPath, [
      bin,
      'inspect',
      join(dir, 'none.jws'),
    ]).catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
  });
});
