/**
 * What the browser tests do at a gate, once: issue an EU DCC from the simulator, read its SPEC §9
 * id as the protocol does, and show a code to the PWA's scan screen as an image, returning the
 * verdict's words.
 */
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { expect } from 'vitest';

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
