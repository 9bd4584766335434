/**
 * Drives the verifier PWA in Chromium by its accessible names (SPEC §8) for the fault and
 * privacy suites: configure it, check a QR text through the scan screen's paste fallback, run
 * the OTP desk check through the simulator's SMS outbox, dump the browser's storage. Also signs
 * holder tokens with the registry's own key from its data dir, as its holder page would.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompactSign, importJWK, type JWK } from 'jose';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long one UI step may wait. */
export const STEP_TIMEOUT = 20_000;

/** Sets the simulator's /v3 faults (`{}` clears them). */
export async function setFaults(
  url: string,
  faults: { latencyMs?: number; failRate?: number; down?: boolean },
): Promise<void> {
  const response = await fetch(`${url}/dev/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`POST /dev/faults: ${response.status}`);
}

/** The SMS outbox of a mobile, newest first. */
export async function outbox(url: string, mobile: string): Promise<{ text: string }[]> {
  const response = await fetch(`${url}/dev/sms?mobile_number=${mobile}`);
  return (await response.json()) as { text: string }[];
}

/** Waits until the outbox of `mobile` holds `count` SMS; returns the newest OTP. */
export async function waitForSms(url: string, mobile: string, count: number): Promise<string> {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    const list = await outbox(url, mobile);
    if (list.length >= count) return /\b(\d{6})\b/.exec(list[0]!.text)![1]!;
    if (Date.now() > deadline) throw new Error(`SMS ${count} never arrived`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** First visit: Settings by their accessible names, then waits for the registry's keys. */
export async function configure(
  page: Page,
  appUrl: string,
  settings: { verifierId: string; apiKey: string; issuer: string },
): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Verifier ID').fill(settings.verifierId);
  await page.getByLabel('API key').fill(settings.apiKey);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Settings saved.').waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(`Issuer: ${settings.issuer}`).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: 'Back' }).click();
}

/**
 * From the home screen: opens the scan screen, pastes `text` into "QR text" (no camera needed),
 * returns the verdict's text, and goes back home.
 */
export async function pasteCheck(page: Page, text: string): Promise<string> {
  await page.getByRole('button', { name: 'Scan QR' }).click();
  await page.getByLabel('QR text').fill(text);
  await page.getByRole('button', { name: 'Check text' }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  const verdict = (await status.textContent()) ?? '';
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
  return verdict;
}

/** From the home screen: opens the desk check and sends an OTP for this holder. */
export async function sendOtp(
  page: Page,
  holder: { mobile: string; fullName: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Check with OTP' }).click();
  await page.getByLabel('Mobile number').fill(holder.mobile);
  await page.getByLabel('Full name').fill(holder.fullName);
  await page.getByRole('button', { name: 'Send OTP' }).click();
}

/** On the OTP step: enters the OTP, verifies, returns the verdict's text. */
export async function enterOtp(page: Page, otp: string): Promise<string> {
  const field = page.getByLabel('OTP', { exact: true });
  await field.waitFor({ timeout: STEP_TIMEOUT });
  await field.fill(otp);
  await page.getByRole('button', { name: 'Verify' }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  return (await status.textContent()) ?? '';
}

/** The text of the desk screen's alert once one shows. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: STEP_TIMEOUT });
  return (await alert.textContent()) ?? '';
}

/** From a verdict screen reached through the desk check: back to the home screen. */
export async function leaveDeskResult(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
}

/** One stored record: its key and value. */
export interface DumpedRecord {
  key: unknown;
  value: unknown;
}

/** Every record of every IndexedDB database of the page, keyed "database/store". */
export async function dumpIndexedDb(page: Page): Promise<Record<string, DumpedRecord[]>> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        req.onsuccess = () => done(req.result);
        req.onerror = () => fail(req.error);
      });
    const out: Record<string, { key: unknown; value: unknown }[]> = {};
    for (const info of await indexedDB.databases()) {
      const db = await request(indexedDB.open(info.name!));
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const keys = await request(tx.objectStore(store).getAllKeys());
        const values = await request(tx.objectStore(store).getAll());
        out[`${info.name}/${store}`] = values.map((value, i) => ({ key: keys[i], value }));
      }
      db.close();
    }
    return out;
  });
}

/** One Cache Storage entry: its cache, its URL, and its body (as SHA-256 and as text). */
export interface CacheEntry {
  cache: string;
  url: string;
  sha256: string;
  body: string;
}

/** Every entry of every Cache Storage cache of the page. */
export async function dumpCaches(page: Page): Promise<CacheEntry[]> {
  return page.evaluate(async () => {
    const out: { cache: string; url: string; sha256: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const bytes = response ? await response.arrayBuffer() : new ArrayBuffer(0);
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        out.push({
          cache: name,
          url: request.url,
          sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
          body: new TextDecoder('utf-8', { fatal: false }).decode(bytes),
        });
      }
    }
    return out;
  });
}

/** Writes `value` under `key` into a store of the verifier's database with the raw API. */
export async function writeRawRecord(
  page: Page,
  store: string,
  value: unknown,
  key?: string,
): Promise<void> {
  await page.evaluate(
    async ({ store, value, key }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('kycvs-verifier');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(store, 'readwrite');
        if (key === undefined) tx.objectStore(store).put(value);
        else tx.objectStore(store).put(value, key);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, value, key },
  );
}

/** Deletes the record under `key` from a store of the verifier's database with the raw API. */
export async function deleteRawRecord(page: Page, store: string, key: string): Promise<void> {
  await page.evaluate(
    async ({ store, key }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('kycvs-verifier');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).delete(key);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, key },
  );
}

/** The claims of a holder token: no `aud`, as the registry's holder page issues them. */
export interface HolderClaims {
  iss: string;
  name: string;
  mobile: string;
  vs: 0 | 1 | 2;
  ttlS?: number;
}

/** Signs a holder token with the registry's current key, read from its data dir. */
export async function signHolderToken(dataDir: string, claims: HolderClaims): Promise<string> {
  const file = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as {
    current: string;
    keys: { kid: string; privateJwk: JWK }[];
  };
  const key = file.keys.find((entry) => entry.kid === file.current)!;
  const iat = Math.floor(Date.now() / 1000);
  const payload = {
    iss: claims.iss,
    iat,
    exp: iat + (claims.ttlS ?? 3600),
    jti: randomBytes(12).toString('base64url'),
    vs: claims.vs,
    name: claims.name,
    mob: claims.mobile.slice(-4),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'kycvs+jwt' })
    .sign(await importJWK(key.privateJwk, 'ES256'));
}

/** Asserts a verdict text begins with the expected words. */
export function expectVerdict(text: string, start: string, name?: string): void {
  expect(text.startsWith(start), `verdict "${text.slice(0, 80)}"`).toBe(true);
  if (name !== undefined) expect(text).toContain(name);
}
