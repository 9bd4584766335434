/**
 * Lists of one's own: `--add LIST.json` (a SPEC §9 list: `divoc`, `eudcc`, `shc`) and
 * `--revoked FILE` (SPEC §10's `revoked`), each checked entry by entry before it is used.
 */
import { readTrustListPayload, type SignedTrustList } from '../../src/protocol/index.ts';
import { isRefusedDivocKey } from '../anchors.ts';
import { InputError } from './errors.ts';

function parse(bytes: Buffer, input: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InputError(input, 'not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(input, 'not a JSON object');
  }
  return value as Record<string, unknown>;
}

const EMPTY = { iss: 'https://localhost', seq: 0, iat: 0, exp: 0, sources: [] };

/** Reads a SPEC §9 list of one's own; refuses one that trusts DIVOC's public test key. */
export function readOwnList(
  bytes: Buffer,
  input: string,
): Pick<SignedTrustList, 'divoc' | 'eudcc' | 'shc'> {
  const value = parse(bytes, input);
  const list = readTrustListPayload({
    ...EMPTY,
    divoc: value.divoc ?? [],
    eudcc: value.eudcc ?? [],
    shc: value.shc ?? [],
  });
  if (!list) throw new InputError(input, 'not a SPEC §9 trust list (an entry has the wrong shape)');
  for (const entry of list.divoc) {
    if (entry.publicKeyPem && isRefusedDivocKey(entry.publicKeyPem)) {
      throw new InputError(
        input,
        `${entry.id} is DIVOC's public test key (its private key is published): refused`,
      );
    }
  }
  return { divoc: list.divoc, eudcc: list.eudcc, shc: list.shc };
}

/** Reads a `revoked` file of one's own. */
export function readRevoked(bytes: Buffer, input: string): SignedTrustList['revoked'] {
  const value = parse(bytes, input);
  const list = readTrustListPayload({ ...EMPTY, divoc: [], eudcc: [], shc: [], revoked: value });
  if (!list)
    throw new InputError(input, 'not a SPEC §10 revoked list (an entry has the wrong shape)');
  return list.revoked;
}
