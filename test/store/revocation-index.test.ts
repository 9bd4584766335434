/** The revocation index read into memory (SPEC §10): every stored bucket, whatever its number. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVerifierDb } from '../../src/store/db.ts';
import {
  BUCKETS,
  isRevokedIn,
  loadRevocationIndex,
  writeRevocationIndex,
} from '../../src/store/revocation-index.ts';

describe('loadRevocationIndex', () => {
  it('holds every bucket of a list that fills most of them, then answers from memory', async () => {
    const name = `revocation-index-${Math.random()}`;
    const writer = await openVerifierDb(name);
    // 6,000 codes fill far more buckets than one read takes.
    const eudcc = Array.from({ length: 6_000 }, (_, i) => `revoked-${i}`);
    await writeRevocationIndex(writer, 'g1', { eudcc });
    const stored = await writer.count('revoked');
    expect(stored).toBeGreaterThan(BUCKETS / 2);

    // Another connection holds nothing yet: it reads the index from storage.
    const reader = await openVerifierDb(name);
    await loadRevocationIndex(reader, 'g1');
    await writer.clear('revoked');
    const answers = await Promise.all(
      [0, 1_234, 5_999].map((i) => isRevokedIn(reader, 'g1', 'eudcc', `revoked-${i}`, undefined)),
    );
    expect(answers).toEqual([true, true, true]);
    expect(await isRevokedIn(reader, 'g1', 'eudcc', 'never-revoked', undefined)).toBe(false);
    writer.close();
    reader.close();
  });
});
