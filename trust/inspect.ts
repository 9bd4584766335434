/** `kycvs-trust inspect LIST.jws`: what a signed list holds, after verifying it (SPEC §10). */
import { verifyTrustList } from '../src/protocol/index.ts';
import { InputError } from './sources/errors.ts';

/** The lines `inspect` prints for a signed list; throws `InputError` when it does not verify. */
export async function inspectTrustList(
  jws: string,
  input: string,
  now = new Date(),
): Promise<string[]> {
  const verdict = await verifyTrustList(jws, { now });
  if (!verdict.ok) throw new InputError(input, `not a valid signed trust list (${verdict.code})`);
  const { list, thumbprint, stale } = verdict;
  const date = (seconds: number) => new Date(seconds * 1000).toISOString();
  return [
    `signer:   ${thumbprint}`,
    `iss:      ${list.iss}`,
    `seq:      ${list.seq}`,
    `iat:      ${date(list.iat)}`,
    `exp:      ${date(list.exp)}${stale ? '  (out of date)' : ''}`,
    `sha256:   ${verdict.hash}`,
    `divoc:    ${list.divoc.length}`,
    `eudcc:    ${list.eudcc.length}`,
    `shc:      ${list.shc.length}`,
    `revoked:  divoc ${list.revoked.divoc.length}, eudcc ${list.revoked.eudcc.length}, shc ${list.revoked.shc.length}`,
    'sources:',
    ...list.sources.map(
      (source) => `  ${source.kind}: ${source.name} (${source.count}, fetched ${source.fetchedAt})`,
    ),
  ];
}
