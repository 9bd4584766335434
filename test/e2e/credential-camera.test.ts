/**
 * A CoWIN certificate through the camera (SPEC §9): its QR is the certificate's ZIP in one
 * byte-mode segment, which only the decoder's own bytes keep (a text decoding loses it). The
 * built PWA in Chromium with a fake camera showing it, served by the real simulator that issued
 * it, with the network cut after the first visit.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, firstVisitThenOffline, launchChromium } from '../helpers/browser.ts';
import { blankFrame, renderFrame, writeY4m, type QrMatrix } from '../helpers/qr-frames.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

const WIDTH = 960;
const HEIGHT = 720;
const STEP_TIMEOUT = 20_000;

let sim: RunningSimulator;
let workDir: string;

/** The QR matrix of `bytes` in one byte-mode segment, as a CoWIN certificate's QR holds it. */
function byteMatrix(bytes: Buffer): QrMatrix {
  const qr = QRCode.create([{ data: bytes, mode: 'byte' }], { errorCorrectionLevel: 'L' });
  const size = qr.modules.size;
  return { size, version: qr.version, dark: (x, y) => qr.modules.data[y * size + x] === 1 };
}

describeBrowser('a CoWIN certificate through the fake camera, offline', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    workDir = mkdtempSync(join(tmpdir(), 'kycvs-cowin-camera-'));
    sim = await startSimulator();
  });

  afterAll(async () => {
    await sim?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('reads the ZIP of a CoWIN certificate QR to "Fully vaccinated", CoWIN certificate', async () => {
    const response = await fetch(`${sim.url}/dev/credentials`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        format: 'divoc',
        full_name: 'Kavya Nair',
        birth_date: '1992-08-17',
        doses: 2,
        total_doses: 2,
      }),
    });
    const { qr_bytes: zip } = (await response.json()) as { qr_bytes: string };
    const bytes = Buffer.from(zip, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const matrix = byteMatrix(bytes);
    const code = renderFrame(matrix, { width: WIDTH, height: HEIGHT, noise: 4, seed: 3 });
    const blank = blankFrame(WIDTH, HEIGHT);
    const camera = join(workDir, 'cowin.y4m');
    writeY4m(camera, [blank, blank, code, code, code, code, code, code], WIDTH, HEIGHT);

    const appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    const browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ]);
    try {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      await context.grantPermissions(['camera'], { origin: appUrl });
      const page = await context.newPage();
      await firstVisitThenOffline(context, page, appUrl, STEP_TIMEOUT);

      await page.getByRole('button', { name: 'Scan QR' }).click();
      const status = page.getByRole('status').filter({ hasText: /\S/ });
      await status.waitFor({ timeout: STEP_TIMEOUT });
      const text = ((await status.textContent()) ?? '').trim();
      expect(text.startsWith('Fully vaccinated'), `QR version ${matrix.version}: ${text}`).toBe(
        true,
      );
      expect(text).toContain('CoWIN certificate');
      expect(text).toContain('Kavya Nair');
      expect(text).toContain('1992-08-17');
    } finally {
      await browser.close();
    }
  });
});
