/**
 * "Choose image" in the built PWA (served by the real simulator, in Chromium): every still image
 * gets an answer within 3 s, a verdict on the code it holds or "No QR code was found": a 41 x 41
 * px code, a 6000 x 4000 photo, a file that is no image, an image with several codes, a code
 * printed with no quiet zone. No request leaves the app's origin (zxing-wasm is self-hosted).
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchChromium, untilServiceWorkerControls } from '../helpers/browser.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

/** The answer must be on screen this soon after the file is chosen (ms). */
const ANSWER_MS = 3_000;

/** A code to draw: its modules, where, and how large. */
interface Placed {
  size: number;
  modules: number[];
  x: number;
  y: number;
  moduleSize: number;
  /** Modules of quiet zone drawn around the code. */
  margin: number;
}

function modulesOf(text: string, ecl: 'L' | 'M' = 'M'): { size: number; modules: number[] } {
  const qr = QRCode.create(text, { errorCorrectionLevel: ecl });
  return { size: qr.modules.size, modules: Array.from(qr.modules.data) };
}

/** Draws codes on a canvas in Chromium (a photo-like background when `photo`) and encodes it. */
async function drawImage(
  page: Page,
  spec: { width: number; height: number; codes: Placed[]; photo: boolean; type: string },
): Promise<Buffer> {
  const base64 = await page.evaluate(async (s) => {
    const canvas = new OffscreenCanvas(s.width, s.height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, s.width, s.height);
    if (s.photo) {
      // Uneven light and sensor noise in blocks, as a phone photo of a desk.
      const light = context.createLinearGradient(0, 0, s.width, s.height);
      light.addColorStop(0, '#d8d2c4');
      light.addColorStop(1, '#8d877c');
      context.fillStyle = light;
      context.fillRect(0, 0, s.width, s.height);
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
      for (let i = 0; i < 4000; i++) {
        const v = Math.floor(100 + random() * 100);
        context.fillStyle = `rgba(${v},${v},${v},0.25)`;
        context.fillRect(
          random() * s.width,
          random() * s.height,
          4 + random() * 60,
          4 + random() * 60,
        );
      }
    }
    for (const code of s.codes) {
      // A light card under the code with its quiet zone (ISO/IEC 18004 §6.3.8: 4 modules), as a
      // printed certificate; `margin` 0 draws the code with none.
      const m = code.margin * code.moduleSize;
      const side = code.size * code.moduleSize;
      context.fillStyle = '#f4f4f0';
      context.fillRect(code.x - m, code.y - m, side + 2 * m, side + 2 * m);
      context.fillStyle = '#111';
      for (let y = 0; y < code.size; y++) {
        for (let x = 0; x < code.size; x++) {
          if (code.modules[y * code.size + x]) {
            context.fillRect(
              code.x + x * code.moduleSize,
              code.y + y * code.moduleSize,
              code.moduleSize,
              code.moduleSize,
            );
          }
        }
      }
    }
    const blob = await canvas.convertToBlob({ type: s.type, quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
    }
    return btoa(binary);
  }, spec);
  return Buffer.from(base64, 'base64');
}

let sim: RunningSimulator;
let browser: Browser;
let page: Page;
let painter: Page;
let appUrl: string;
const offOrigin: string[] = [];
const timings: Record<string, number> = {};

/** Chooses `file` through "Choose image" and returns the answer the screen shows, and when. */
async function choose(
  label: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<{ kind: 'verdict' | 'none'; text: string; ms: number }> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached' });
  const started = Date.now();
  await input.setInputFiles(file);
  const verdict = page.getByRole('status').filter({ hasText: /\S/ });
  const none = page.getByRole('alert').filter({ hasText: 'No QR code was found' });
  await verdict
    .or(none)
    .first()
    .waitFor({ timeout: ANSWER_MS + 2_000 });
  const ms = Date.now() - started;
  timings[label] = ms;
  const kind = (await none.count()) > 0 ? 'none' : 'verdict';
  const text = ((await (kind === 'none' ? none : verdict).first().textContent()) ?? '').trim();
  return { kind, text, ms };
}

describeBrowser('still images through "Choose image"', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    sim = await startSimulator();
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    const origin = new URL(appUrl).origin;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol.startsWith('http')) offOrigin.push(request.url());
    });
    painter = await (await browser.newContext()).newPage();
    // Warm the app once, as a gate's phone would be: shell, scanner chunk and service worker.
    await page.goto(appUrl);
    await untilServiceWorkerControls(page);
  });

  afterAll(async () => {
    console.table(timings);
    await browser?.close();
    await sim?.stop();
  });

  it('reads a 41 x 41 px code', async () => {
    const code = modulesOf('KYCVS-41', 'L');
    const moduleSize = 41 / (code.size + 4);
    const buffer = await drawImage(painter, {
      width: 41,
      height: 41,
      codes: [{ ...code, x: 2 * moduleSize, y: 2 * moduleSize, moduleSize, margin: 2 }],
      photo: false,
      type: 'image/png',
    });
    expect(buffer.readUInt32BE(16)).toBe(41);
    expect(buffer.readUInt32BE(20)).toBe(41);
    const answer = await choose('41x41 png', { name: 'tiny.png', mimeType: 'image/png', buffer });
    expect(answer.kind).toBe('verdict');
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('reads a code in a 6000 x 4000 photo', async () => {
    const code = modulesOf('https://example.org/a-gate-pass-in-a-big-photo');
    const buffer = await drawImage(painter, {
      width: 6000,
      height: 4000,
      codes: [{ ...code, x: 3400, y: 1500, moduleSize: 30, margin: 4 }],
      photo: true,
      type: 'image/jpeg',
    });
    const answer = await choose('6000x4000 jpeg', {
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer,
    });
    expect(answer.kind).toBe('verdict');
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('says no QR code was found for a file that is no image', async () => {
    const answer = await choose('not an image', {
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('these are notes, not pixels\n'.repeat(50)),
    });
    expect(answer).toMatchObject({ kind: 'none', text: 'No QR code was found in that image.' });
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('says no QR code was found for a photo that holds none', async () => {
    const buffer = await drawImage(painter, {
      width: 1600,
      height: 1200,
      codes: [],
      photo: true,
      type: 'image/jpeg',
    });
    const answer = await choose('photo, no code', {
      name: 'desk.jpg',
      mimeType: 'image/jpeg',
      buffer,
    });
    expect(answer.kind).toBe('none');
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('reads an image with several codes', async () => {
    const codes = ['first code on the page', 'second code on the page', 'third one'].map((t) =>
      modulesOf(t),
    );
    const buffer = await drawImage(painter, {
      width: 1400,
      height: 600,
      codes: codes.map((c, i) => ({ ...c, x: 80 + i * 450, y: 140, moduleSize: 12, margin: 4 })),
      photo: false,
      type: 'image/png',
    });
    const answer = await choose('three codes', {
      name: 'three.png',
      mimeType: 'image/png',
      buffer,
    });
    expect(answer.kind).toBe('verdict');
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('reads a code printed to the edge of the image (no quiet zone)', async () => {
    const code = modulesOf('no quiet zone at all');
    const moduleSize = 10;
    const side = code.size * moduleSize;
    const buffer = await drawImage(painter, {
      width: side,
      height: side,
      codes: [{ ...code, x: 0, y: 0, moduleSize, margin: 0 }],
      photo: false,
      type: 'image/png',
    });
    const answer = await choose('no quiet zone', {
      name: 'edge.png',
      mimeType: 'image/png',
      buffer,
    });
    expect(answer.kind).toBe('verdict');
    expect(answer.ms).toBeLessThan(ANSWER_MS);
  });

  it('fetched nothing from outside the app (the wasm is the app’s own)', () => {
    expect(offOrigin).toEqual([]);
  });

  it('reads an image offline: the worker, its decoders and the wasm come from the precache', async () => {
    const code = modulesOf('read with the network cut');
    const buffer = await drawImage(painter, {
      width: 400,
      height: 400,
      codes: [{ ...code, x: 60, y: 60, moduleSize: 9, margin: 4 }],
      photo: false,
      type: 'image/png',
    });
    // A new page load, so the still-image worker and its wasm are fetched again, offline.
    await page.context().setOffline(true);
    try {
      const answer = await choose('offline png', {
        name: 'offline.png',
        mimeType: 'image/png',
        buffer,
      });
      expect(answer.kind).toBe('verdict');
    } finally {
      await page.context().setOffline(false);
    }
  });
});
