/**
 * Looking at the registry's holder page (SPEC §2 B, C) from a browser test: its build, axe-core's
 * WCAG A/AA violations, the messages a host page receives from its frame, and a screenshot's
 * luminance for a QR decoder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';

/** Builds the holder page into dist-holder/ unless it is there already. */
export async function ensureHolderBuilt(): Promise<void> {
  const page = fileURLToPath(new URL('../../dist-holder/index.html', import.meta.url));
  if (existsSync(page)) return;
  await build({
    configFile: fileURLToPath(new URL('../../vite.holder.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}

/** axe-core's WCAG A/AA violations on the page as it stands (injected past the page's CSP). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Records every message the host window receives, with its origin, for later inspection. */
export async function recordMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { received: { origin: string; data: unknown }[] };
    w.received = [];
    window.addEventListener('message', (event) => {
      w.received.push({ origin: event.origin, data: event.data });
    });
  });
}

/** The messages the host window has received since recordMessages(). */
export function received(page: Page): Promise<{ origin: string; data: unknown }[]> {
  return page.evaluate(
    () => (window as unknown as { received: { origin: string; data: unknown }[] }).received,
  );
}

/** Luminance of a PNG, decoded by the browser (no PNG library needed in Node). */
export async function luminanceOf(
  page: Page,
  png: Buffer,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const { b64, width, height } = await page.evaluate(async (source) => {
    const image = new Image();
    image.src = `data:image/png;base64,${source}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const lum = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0; i < lum.length; i++) {
      lum[i] = (rgba[4 * i]! * 299 + rgba[4 * i + 1]! * 587 + rgba[4 * i + 2]! * 114) / 1000;
    }
    let text = '';
    for (let i = 0; i < lum.length; i += 0x8000) {
      text += String.fromCharCode(...lum.subarray(i, i + 0x8000));
    }
    return { b64: btoa(text), width: canvas.width, height: canvas.height };
  }, png.toString('base64'));
  return { data: new Uint8ClampedArray(Buffer.from(b64, 'base64')), width, height };
}
