/**
 * Storing a signed trust list (SPEC §10): the stored index answers lookups, on this connection
 * and on a new one; a refused list, or an import that fails or is cut off half-way, leaves the
 * last good list and its index in force, with no bucket of the new list left to confuse them.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SignedTrustList } from '../../src/protocol/index.ts';
import { openVerifierDb, type VerifierDatabase } from '../../src/store/db.ts';
import { isRevokedIn } from '../../src/store/revocation-index.ts';
import { loadTrustList, refreshTrustList, revocationLookup } from '../../src/store/trust-list.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
} from '../../trust/sign.ts';
import { fakeFetch } from './fake-registry.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const T = Math.floor(NOW / 1000);
const URL_A = 'http://localhost:8123/.well-known/kycvs-trust-list.jws';
const key = trustKeyFromJwk(generateTrustKeyJwk());
const other = trustKeyFromJwk(generateTrustKeyJwk());
let dbCount = 0;

const hex = (n: number) => n.toString(16).padStart(64, '0');
/** The codes of the first list (seq 5) and of the next one (seq 6): disjoint. */
const OLD = Array.from({ length: 5_000 }, (_, i) => hex(i + 10));
const NEW = Array.from({ length: 5_000 }, (_, i) => hex(i + 100_000));

function signed(seq: number, divoc: string[], by = key): string {
  const list: SignedTrustList = {
    iss: 'http://localhost:8123',
    seq,
    iat: T - 60,
    exp: T + 86_400,
    divoc: [],
    eudcc: [],
    shc: [],
    revoked: { divoc, eudcc: [], shc: [] },
    sources: [{ name: 'test', kind: 'add', fetchedAt: T, count: 0 }],
  };
  return signTrustList(list, by);
}

async function refresh(db: VerifierDatabase, jws: string) {
  const server = fakeFetch({
    '/.well-known/kycvs-trust-list.jws': [
      new Response(jws, { headers: { 'Content-Type': 'application/jose' } }),
    ],
  });
  return refreshTrustList(db, URL_A, {
    fetch: server.fetch,
    now: () => NOW,
    pin: await trustKeyThumbprint(key),
  });
}

/** A database holding the seq 5 list, and its name for a new connection. */
async function holdingOld(): Promise<{ db: VerifierDatabase; name: string }> {
  const name = `trust-import-${++dbCount}`;
  const db = await openVerifierDb(name);
  expect((await refresh(db, signed(5, OLD))).ok).toBe(true);
  return { db, name };
}

/** What a new connection (a restarted app) finds: the list in force and its answers. */
async function afterRestart(name: string) {
  const db = await openVerifierDb(name);
  const held = (await loadTrustList(db, URL_A))!;
  const lookup = revocationLookup(db, held);
  const answers = {
    seq: held.seq,
    old: [await lookup('divoc', OLD[0]!, undefined), await lookup('divoc', OLD[4_999]!, undefined)],
    new: [await lookup('divoc', NEW[0]!, undefined), await lookup('divoc', NEW[4_999]!, undefined)],
    generations: new Set((await db.getAllKeys('revoked')).map((k) => String(k).split(':')[0])),
  };
  db.close();
  return { ...answers, generation: held.generation };
}

/** `db`, whose `nth` read-write transaction on the index throws as a full disk would. */
function failingOnWrite(db: VerifierDatabase, nth: number): VerifierDatabase {
  let writes = 0;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') {
        return (...args: Parameters<VerifierDatabase['transaction']>) => {
          if (args[0] === 'revoked' && args[1] === 'readwrite' && ++writes === nth) {
            throw new DOMException('the disk is full', 'QuotaExceededError');
          }
          return target.transaction(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('storing a signed trust list (SPEC §10)', () => {
  it('answers lookups from the stored index, here and after a restart', async () => {
    const { db, name } = await holdingOld();
    const held = (await loadTrustList(db, URL_A))!;
    expect(held.revokedCounts.divoc).toBe(5_000);
    const lookup = revocationLookup(db, held);
    expect(await lookup('divoc', OLD[0]!, undefined)).toBe(true);
    expect(await lookup('divoc', OLD[2_500]!, undefined)).toBe(true);
    expect(await lookup('divoc', NEW[0]!, undefined)).toBe(false);
    expect(await lookup('eudcc', OLD[0]!, undefined)).toBe(false);
    db.close();
    const restarted = await afterRestart(name);
    expect(restarted).toMatchObject({ seq: 5, old: [true, true], new: [false, false] });
    expect(restarted.generations).toEqual(new Set([restarted.generation]));
  });

  it('a newer list replaces the index: its codes are reported, the old ones no more', async () => {
    const { db, name } = await holdingOld();
    expect(await refresh(db, signed(6, NEW))).toEqual({ ok: true, changed: true, entries: 0 });
    const held = (await loadTrustList(db, URL_A))!;
    expect(await revocationLookup(db, held)('divoc', NEW[1]!, undefined)).toBe(true);
    expect(await revocationLookup(db, held)('divoc', OLD[1]!, undefined)).toBe(false);
    db.close();
    const restarted = await afterRestart(name);
    expect(restarted).toMatchObject({ seq: 6, old: [false, false], new: [true, true] });
    expect(restarted.generations).toEqual(new Set([restarted.generation]));
  });

  it('a list with a bad signature or a lower seq leaves the last good index in force', async () => {
    const { db, name } = await holdingOld();
    const before = await afterRestart(name);
    const good = signed(7, NEW);
    const [header, payload] = good.split('.');
    const refused: [string, string][] = [
      [`${header}.${payload}.${signed(7, NEW, other).split('.')[2]}`, 'BAD_SIGNATURE'],
      [signed(4, NEW), 'ROLLBACK'],
    ];
    for (const [jws, reason] of refused) {
      expect(await refresh(db, jws)).toEqual({ ok: false, reason });
      const held = (await loadTrustList(db, URL_A))!;
      expect(held.generation).toBe(before.generation);
      expect(await revocationLookup(db, held)('divoc', OLD[3]!, undefined)).toBe(true);
      expect(await revocationLookup(db, held)('divoc', NEW[3]!, undefined)).toBe(false);
    }
    db.close();
    expect(await afterRestart(name)).toEqual(before);
  });

  it('a write failing half-way rejects, keeps the old list in force and leaves none of the new', async () => {
    const { db, name } = await holdingOld();
    const before = await afterRestart(name);
    // The first write clears the new generation; the fifth is inside its buckets.
    await expect(refresh(failingOnWrite(db, 5), signed(6, NEW))).rejects.toThrow('disk is full');
    const held = (await loadTrustList(db, URL_A))!;
    expect(held.seq).toBe(5);
    expect(await revocationLookup(db, held)('divoc', OLD[7]!, undefined)).toBe(true);
    expect(await revocationLookup(db, held)('divoc', NEW[7]!, undefined)).toBe(false);
    db.close();
    expect(await afterRestart(name)).toEqual(before);
  });

  it('an import cut off half-way (the connection closed) leaves the old list; the next one clears it', async () => {
    const { db, name } = await holdingOld();
    let writes = 0;
    const closing = new Proxy(db, {
      get(target, prop) {
        if (prop === 'transaction') {
          return (...args: Parameters<VerifierDatabase['transaction']>) => {
            // A newer version of the app asks for the database: this connection closes.
            if (args[1] === 'readwrite' && ++writes === 5) target.close();
            return target.transaction(...args);
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(refresh(closing, signed(6, NEW))).rejects.toThrow();
    const cut = await afterRestart(name);
    expect(cut).toMatchObject({ seq: 5, old: [true, true], new: [false, false] });
    // The new list's first buckets are left (its clean-up needed the connection too): never
    // read, since the record names the old generation, and cleared by the next list stored.
    expect(cut.generations.size).toBe(2);
    const again = await openVerifierDb(name);
    expect(await refresh(again, signed(6, NEW))).toEqual({ ok: true, changed: true, entries: 0 });
    again.close();
    const after = await afterRestart(name);
    expect(after).toMatchObject({ seq: 6, old: [false, false], new: [true, true] });
    expect(after.generations).toEqual(new Set([after.generation]));
  });

  it('still reads an index that an earlier version stored as one object per bucket', async () => {
    const name = `trust-import-${++dbCount}`;
    const db = await openVerifierDb(name);
    const id = `divoc ${hex(1)}`;
    // 'divoc <hex 1>' hashes to some bucket; every bucket holds it, so the lookup finds it.
    for (let bucket = 0; bucket < 4096; bucket++) {
      const key = `old:${bucket.toString(16).padStart(3, '0')}`;
      await db.put('revoked', { entries: { [id]: Number.MAX_SAFE_INTEGER } }, key);
    }
    expect(await isRevokedIn(db, 'old', 'divoc', hex(1), undefined)).toBe(true);
    expect(await isRevokedIn(db, 'old', 'divoc', hex(2), undefined)).toBe(false);
    db.close();
  });
});
