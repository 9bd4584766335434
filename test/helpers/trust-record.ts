/** A held signed trust list record (SPEC §10) for tests of the core and the screens. */
import type { TrustListEntries, TrustListRecord } from '../../src/store/db.ts';

/** A record holding `list`, fetched at `fetchedAt`, valid for a week after it. */
export function trustRecord(
  list: TrustListEntries,
  fetchedAt: number,
  overrides: Partial<TrustListRecord> = {},
): TrustListRecord {
  const seconds = Math.floor(fetchedAt / 1000);
  return {
    url: 'http://127.0.0.1:4010/.well-known/kycvs-trust-list.jws',
    list,
    fetchedAt,
    etag: null,
    thumbprint: 'A'.repeat(43),
    iss: 'http://127.0.0.1:4010',
    seq: 1,
    hash: '0'.repeat(64),
    iat: seconds,
    exp: seconds + 7 * 86_400,
    sources: [],
    revokedCounts: { divoc: 0, eudcc: 0, shc: 0 },
    generation: 'test',
    ...overrides,
  };
}
