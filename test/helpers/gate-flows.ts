/**
 * What the browser tests do at a gate, once: issue an EU DCC from the simulator, read its SPEC §9
 * id as the protocol does, and show a code to the PWA's scan screen as an image, returning the
 * verdict's words; and at an event's gate (SPEC §11): create the event in Settings, read or wait
 * for the home screen's "All gates" count, and dump what the tablet keeps in IndexedDB.
 */
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { expect } from 'vitest';

/** How long one step at a gate may wait for the page. */
export const STEP_TIMEOUT = 20_000;

/** A fully vaccinated EU DCC for `person`, issued by the simulator at `simUrl`; its `HC1:` text. */
export async function issueDcc(
  simUrl: string,
  person: { full_name: string; birth_date: string },
): Promise<string> {
  const response = await fetch(`${simUrl}/dev/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...person, format: 'eudcc', doses: 2, total_doses: 2 }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { qr_text: string }).qr_text;
}

/** The SPEC §9 id of a code the simulator issued, read against the list it serves. */
export async function credentialIdOf(simUrl: string, text: string): Promise<string> {
  const { verifyCredential, verifyTrustList } = await import('../../src/protocol/index.ts');
  const served = await fetch(`${simUrl}/.well-known/kycvs-trust-list.jws`);
  const list = await verifyTrustList(await served.text());
  if (!list.ok) throw new Error(list.code);
  const verdict = await verifyCredential(text, list.list);
  if (!verdict.ok) throw new Error(verdict.code);
  return verdict.id;
}

/**
 * From the home screen: "Scan QR", `text` as a QR image through the file input, the verdict's
 * words read, then "Next" and "Back" to the home screen again.
 */
export async function verdictFor(page: Page, text: string, timeout: number): Promise<string> {
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout });
  const buffer = await QRCode.toBuffer([{ data: Buffer.from(text), mode: 'byte' }], {
    errorCorrectionLevel: 'L',
    margin: 4,
    scale: 4,
    type: 'png',
  });
  await input.setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer });
  const status = page.getByRole('status').filter({ hasText: /\S/ });
  await status.waitFor({ timeout });
  const verdict = ((await status.textContent()) ?? '').trim();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  return verdict;
}

/** Settings' "Create event" on `page`; returns the event link it shows. */
export async function createEvent(
  page: Page,
  name: string,
  gate: string,
  hub?: string,
): Promise<string> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByLabel('Event name').fill(name);
  await page.getByLabel('Gate name').fill(gate);
  if (hub) await page.getByLabel('Hub address').fill(hub);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByText(`This tablet is “${gate}” at “${name}”.`).waitFor({ timeout: STEP_TIMEOUT });
  const link = (await page.locator('code', { hasText: '#event=' }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Back' }).click();
  return link.trim();
}

/** Every IndexedDB database of the page, every store's keys and values, as text and as hex. */
export async function indexedDbDump(page: Page): Promise<{ text: string; hex: string }> {
  return page.evaluate(async () => {
    const hexOf = (bytes: Uint8Array) =>
      Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    let hex = '';
    const replacer = (_key: string, value: unknown) => {
      if (value instanceof ArrayBuffer) value = new Uint8Array(value);
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        hex += `${hexOf(bytes)} `;
        return '[bytes]';
      }
      return value;
    };
    let text = '';
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const [keys, values] = await Promise.all(
          [tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        text += JSON.stringify({ name, store, keys, values }, replacer);
      }
      db.close();
    }
    return { text, hex };
  });
}

/** The home screen's "All gates" count. */
export async function allGates(page: Page): Promise<number> {
  return Number(await page.getByLabel('All gates').textContent());
}

/** Waits until the home screen's "All gates" reads `count`; returns how long it took (ms). */
export async function untilAllGates(
  page: Page,
  count: number,
  timeout = STEP_TIMEOUT,
): Promise<number> {
  const started = Date.now();
  await page
    .getByLabel('All gates')
    .filter({ hasText: new RegExp(`^${count}$`) })
    .waitFor({ timeout });
  return Date.now() - started;
}
