/**
 * The verifier core and the trust list (SPEC §9): fetched with the registry's keys on start,
 * when back online, every 12 hours and on "Refresh keys"; kept through a bad refresh; taken from
 * the Settings URL when one is set; and used by checkCode for the other formats, bytes included.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Network } from '../../src/core/platform.ts';
import { createVerifier, type Verifier } from '../../src/core/verifier.ts';
import { CredentialIssuers } from '../../simulator/issuers/index.ts';
import { openVerifierDb, type TrustListEntries } from '../../src/store/db.ts';
import { readLog, todayCounts } from '../../src/store/log.ts';
import { REFRESH_INTERVAL_MS } from '../../src/store/trust-store.ts';
import { FIXTURE_ISS, makeKey, type FixtureKey } from '../fixtures/tokens.ts';
import { fakeFetch, json, type Answer } from '../store/fake-registry.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
} from '../../trust/sign.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const LIST_PATH = '/.well-known/kycvs-trust-list.jws';
const trustKey = trustKeyFromJwk(generateTrustKeyJwk());
let thumbprint: string;

/** The list signed by the trust key (SPEC §10), as the registry serves it. */
function signed(entries: object, headers: Record<string, string> = {}, seq = 1): Response {
  const seconds = Math.floor(NOW / 1000);
  const body = signTrustList(
    {
      iss: FIXTURE_ISS,
      seq,
      iat: seconds - 60,
      exp: seconds + 86_400,
      ...(entries as TrustListEntries),
      revoked: { divoc: [], eudcc: [], shc: [] },
      sources: [],
    },
    trustKey,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/jose', ...headers } });
}
let key: FixtureKey;
let issuers: CredentialIssuers;
let list: TrustListEntries;
let dataDir: string;
let dbCount = 0;
const running: Verifier[] = [];

beforeAll(async () => {
  key = await makeKey();
  dataDir = mkdtempSync(join(tmpdir(), 'kycvs-verifier-trust-'));
  issuers = await CredentialIssuers.open(dataDir, FIXTURE_ISS, new Date(NOW - 3_600_000));
  list = issuers.trustList();
  thumbprint = await trustKeyThumbprint(trustKey);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
afterEach(() => {
  running.splice(0).forEach((verifier) => verifier.dispose());
  vi.useRealTimers();
});

function network(online: boolean) {
  const listeners = new Set<(online: boolean) => void>();
  const net: Network = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    net,
    set(next: boolean) {
      online = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}

function registry(trust?: Answer[]) {
  return fakeFetch({
    '/.well-known/kycvs-configuration': [
      json({
        issuer: FIXTURE_ISS,
        jwks_uri: `${FIXTURE_ISS}/.well-known/jwks.json`,
        trust_list_key: thumbprint,
      }),
    ],
    '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })],
    [LIST_PATH]: trust ?? [signed(list, { ETag: '"t1"' })],
    '/elsewhere/list.jws': [signed(list)],
  });
}

async function start(fetcher: ReturnType<typeof registry>, net = network(true).net) {
  const db = await openVerifierDb(`verifier-trust-${++dbCount}`);
  const verifier = await createVerifier({
    db,
    origin: FIXTURE_ISS,
    fetch: fetcher.fetch,
    now: () => NOW,
    network: net,
  });
  running.push(verifier);
  return { db, verifier };
}

const listCalls = (fetcher: ReturnType<typeof registry>, path = LIST_PATH) =>
  fetcher.requests.filter((request) => new URL(request.url).pathname === path).length;

async function settle(verifier: Verifier) {
  await vi.waitFor(() => expect(verifier.getState().refresh.running).toBe(false));
}

describe('the verifier and the trust list', () => {
  it('fetches the registry’s trust list on start and shows its age', async () => {
    const fetcher = registry();
    const { verifier } = await start(fetcher);
    await vi.waitFor(() => expect(verifier.getState().trustList).not.toBeNull());
    expect(verifier.getState().trustList).toMatchObject({
      url: `${FIXTURE_ISS}${LIST_PATH}`,
      fetchedAt: NOW,
      list,
    });
    expect(verifier.getState().trustListRefresh).toEqual({ ok: true, changed: true, entries: 4 });
  });

  it('refreshes it when back online, every 12 hours and on "Refresh keys"', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fetcher = registry();
    const link = network(false);
    const { verifier } = await start(fetcher, link.net);
    expect(listCalls(fetcher)).toBe(0);
    link.set(true);
    await vi.waitFor(() => expect(listCalls(fetcher)).toBe(1));
    await settle(verifier);
    vi.advanceTimersByTime(REFRESH_INTERVAL_MS);
    await vi.waitFor(() => expect(listCalls(fetcher)).toBe(2));
    await settle(verifier);
    await verifier.refreshKeys();
    expect(listCalls(fetcher)).toBe(3);
  });

  it('keeps the list held when a refresh brings a garbled one, and keeps the keys when the list fails', async () => {
    const fetcher = registry([
      signed(list),
      signed({ ...list, divoc: [{ id: 1 }] }),
      new TypeError('down'),
    ]);
    const { verifier } = await start(fetcher);
    await vi.waitFor(() => expect(verifier.getState().trustList).not.toBeNull());
    await settle(verifier);
    expect(await verifier.refreshKeys()).toMatchObject({ ok: true });
    expect(verifier.getState().trustListRefresh).toEqual({ ok: false, reason: 'MALFORMED' });
    expect(await verifier.refreshKeys()).toMatchObject({ ok: true });
    expect(verifier.getState().trustListRefresh).toEqual({ ok: false, reason: 'OFFLINE' });
    expect(verifier.getState().trustList?.list).toEqual(list);
    expect(verifier.getState().health.hasKeys).toBe(true);
  });

  it('takes the trust list URL from Settings, and trusts no list from another URL', async () => {
    const fetcher = registry();
    const { verifier } = await start(fetcher);
    await vi.waitFor(() => expect(verifier.getState().trustList).not.toBeNull());
    await settle(verifier);
    const url = `${FIXTURE_ISS}/elsewhere/list.jws`;
    const settings = verifier.getState().settings;
    await verifier.saveSettings({ ...settings, trustListUrl: url });
    expect(verifier.getState().trustList).toBeNull();
    await vi.waitFor(() => expect(verifier.getState().trustList?.url).toBe(url));
    expect(listCalls(fetcher, '/elsewhere/list.jws')).toBe(1);
  });

  it('checks a CoWIN certificate from the QR’s bytes, logs it and counts it with the rest', async () => {
    const fetcher = registry();
    const { db, verifier } = await start(fetcher);
    await vi.waitFor(() => expect(verifier.getState().trustList).not.toBeNull());
    const issued = await issuers.issueCredential(
      {
        format: 'divoc',
        full_name: 'Kavya Nair',
        birth_date: '1992-08-17',
        doses: 1,
        total_doses: 2,
      },
      { now: new Date(NOW - 60_000) },
    );
    const bytes = new Uint8Array(
      Buffer.from('qr_bytes' in issued ? issued.qr_bytes : '', 'base64'),
    );
    const outcome = await verifier.checkCode({
      text: new TextDecoder().decode(bytes),
      bytes,
      exact: true,
    });
    expect(outcome).toMatchObject({
      kind: 'status',
      format: 'divoc',
      status: 1,
      name: 'Kavya Nair',
    });
    const [entry] = await readLog(db);
    expect(entry).toMatchObject({ format: 'divoc', verdict: 'pass', status: 1, initials: 'K.N.' });
    expect((await todayCounts(db, NOW)).partial).toBe(1);
  });
});
