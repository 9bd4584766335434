/**
 * `kycvs-trust build` (SPEC §10): reads each input, verifies it against its anchor, and only
 * then assembles, checks, signs and writes the list, through a temp file renamed into place, so
 * a failed input leaves no output at all.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import {
  readTrustListPayload,
  type SignedTrustList,
  type TrustListSource,
} from '../src/protocol/index.ts';
import {
  ANCHORS,
  ANCHORS_DIR,
  COWIN_VERIFICATION_METHOD,
  anchorText,
  isRefusedDivocKey,
} from './anchors.ts';
import { signTrustList, trustKeyFromJwk, trustKeyThumbprint } from './sign.ts';
import { readDeDscList } from './sources/de-dsc.ts';
import { InputError } from './sources/errors.ts';
import { readOwnList, readRevoked } from './sources/own.ts';
import { readVciSnapshot } from './sources/vci.ts';

/** What `build` is asked for: the flags of SPEC §10. */
export interface BuildOptions {
  key: string;
  out: string;
  issuer?: string;
  seq?: number;
  validDays?: number;
  cowinProduction?: boolean;
  deDscList?: string;
  vciSnapshot?: string;
  vciSignature?: string;
  revoked?: string[];
  add?: string[];
  now?: Date;
}

/** What was written. */
export interface BuildResult {
  out: string;
  thumbprint: string;
  list: SignedTrustList;
}

function read(path: string, input: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(
      input,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function mtime(path: string): string {
  return statSync(path).mtime.toISOString();
}

/** Builds, signs and writes a list; throws `InputError` naming the input that failed. */
export async function buildTrustList(options: BuildOptions): Promise<BuildResult> {
  const now = options.now ?? new Date();
  const seconds = Math.floor(now.getTime() / 1000);
  let key;
  try {
    key = trustKeyFromJwk(JSON.parse(read(options.key, `--key ${options.key}`).toString('utf8')));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--key ${options.key}`, (error as Error).message);
  }
  const list: SignedTrustList = {
    iss: options.issuer ?? 'https://localhost',
    seq: options.seq ?? seconds,
    iat: seconds,
    exp: seconds + Math.round((options.validDays ?? 30) * 86_400),
    divoc: [],
    eudcc: [],
    shc: [],
    revoked: { divoc: [], eudcc: [], shc: [] },
    sources: [],
  };
  const source = (name: string, kind: string, fetchedAt: string, count: number) =>
    list.sources.push({ name, kind, fetchedAt, count } satisfies TrustListSource);

  if (options.cowinProduction) {
    const pem = anchorText(ANCHORS.cowin);
    if (isRefusedDivocKey(pem)) {
      throw new InputError('--cowin-production', 'the anchor is DIVOC’s public test key: refused');
    }
    list.divoc.push({
      id: COWIN_VERIFICATION_METHOD,
      type: 'RsaVerificationKey2018',
      publicKeyPem: pem,
    });
    source(
      'CoWIN production certificate key',
      'cowin-production',
      mtime(`${ANCHORS_DIR}${ANCHORS.cowin}`),
      1,
    );
  }
  if (options.deDscList) {
    const input = `--de-dsc-list ${options.deDscList}`;
    const entries = readDeDscList(read(options.deDscList, input), input);
    list.eudcc.push(...entries);
    source('German DSC list (CovPass)', 'de-dsc-list', mtime(options.deDscList), entries.length);
  }
  if (options.vciSnapshot || options.vciSignature) {
    if (!options.vciSnapshot || !options.vciSignature) {
      throw new InputError('--vci-snapshot', 'needs both --vci-snapshot and --vci-signature');
    }
    const input = `--vci-snapshot ${options.vciSnapshot}`;
    const signatureInput = `--vci-signature ${options.vciSignature}`;
    const entries = readVciSnapshot(
      read(options.vciSnapshot, input),
      read(options.vciSignature, signatureInput),
      input,
      signatureInput,
    );
    list.shc.push(...entries.shc);
    list.revoked.shc.push(...entries.revoked);
    source(
      'VCI directory snapshot',
      'vci-snapshot',
      entries.time ?? mtime(options.vciSnapshot),
      entries.shc.length,
    );
  }
  for (const path of options.add ?? []) {
    const input = `--add ${path}`;
    const own = readOwnList(read(path, input), input);
    list.divoc.push(...own.divoc);
    list.eudcc.push(...own.eudcc);
    list.shc.push(...own.shc);
    source(path, 'add', mtime(path), own.divoc.length + own.eudcc.length + own.shc.length);
  }
  for (const path of options.revoked ?? []) {
    const input = `--revoked ${path}`;
    const revoked = readRevoked(read(path, input), input);
    list.revoked.divoc.push(...revoked.divoc);
    list.revoked.eudcc.push(...revoked.eudcc);
    list.revoked.shc.push(...revoked.shc);
    const count = revoked.divoc.length + revoked.eudcc.length + revoked.shc.length;
    source(path, 'revoked', mtime(path), count);
  }
  // The list is checked as the PWA will check it, so the builder never signs one it refuses.
  if (!readTrustListPayload(JSON.parse(JSON.stringify(list)))) {
    throw new InputError('the combined list', 'an entry does not fit SPEC §9/§10 (or a limit)');
  }
  const jws = signTrustList(list, key);
  const temp = `${options.out}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, jws, { flag: 'wx' });
    renameSync(temp, options.out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(
      `--out ${options.out}`,
      `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return { out: options.out, thumbprint: await trustKeyThumbprint(key), list };
}
