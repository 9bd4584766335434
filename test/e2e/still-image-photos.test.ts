/**
 * The still-image path in Chromium (the decode worker: createImageBitmap, sizes, the chain) on
 * every photograph of shared/testdata/qr-photos at 0, 90, 180 and 270 degrees: it reads at least
 * as many as zxing-cpp alone does on the same pixels, and answers every image in time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createZxingWasmDecoder } from '../../src/scanner/zxing-wasm-decoder.ts';
import { STILL_DEADLINE_MS } from '../../src/scanner/still-image.ts';
import type { StillResult } from '../scanner/fixtures/still-page.ts';
import { describeBrowser, launchChromium, serveDirectory } from '../helpers/browser.ts';
import {
  ROTATIONS,
  listQrPhotos,
  loadQrPhotos,
  nodeWasmSource,
  photoCases,
} from '../helpers/qr-photos.ts';

const FIXTURE = resolve(import.meta.dirname, '../scanner/fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};
const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

describeBrowser('the still-image path on real photographs', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  /** zxing-cpp alone on the same photographs, per rotation (in Node). */
  const zxingCpp: Record<number, number> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kycvs-still-'));
    await build({
      configFile: false,
      root: FIXTURE,
      logLevel: 'warn',
      build: {
        outDir: join(dir, 'site'),
        emptyOutDir: true,
        target: 'es2022',
        rollupOptions: { input: join(FIXTURE, 'still.html') },
      },
      worker: { format: 'es' },
    });
    const decoder = await createZxingWasmDecoder(nodeWasmSource());
    const photos = await loadQrPhotos();
    for (const degrees of ROTATIONS) {
      let hits = 0;
      for (const c of photoCases(photos, degrees)) {
        if ((await decoder.decode(c.frame))?.text === c.text) hits++;
      }
      zxingCpp[degrees] = hits;
    }
    server = await serveDirectory(join(dir, 'site'), 'still.html', TYPES);
    browser = await launchChromium();
    page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/still.html`);
    await page.waitForFunction(() => 'still' in window);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'reads as many as zxing-cpp alone at every rotation, each image answered in time',
    { timeout: 300_000 },
    async () => {
      const files = listQrPhotos();
      expect(files).toHaveLength(69);
      const rows: Array<Record<string, unknown>> = [];
      const missed: string[] = [];
      for (const degrees of ROTATIONS) {
        let hits = 0;
        const times: number[] = [];
        const late: string[] = [];
        for (const file of files) {
          const result = await page.evaluate(
            ({ base64, type, degrees }) =>
              (
                window as unknown as {
                  still: { read(b: string, t: string, d: number): Promise<StillResult> };
                }
              ).still.read(base64, type, degrees),
            {
              base64: readFileSync(file.path).toString('base64'),
              type: IMAGE_TYPES[extname(file.path).toLowerCase()]!,
              degrees,
            },
          );
          if (result.texts.includes(file.text)) hits++;
          else missed.push(`${file.name}@${degrees}`);
          if (result.status === 'timeout' || result.status === 'unsupported') late.push(file.name);
          times.push(result.ms);
        }
        times.sort((a, b) => a - b);
        rows.push({
          rotation: degrees,
          'still path': hits,
          'zxing-cpp alone': zxingCpp[degrees],
          'median ms': Math.round(times[times.length >> 1]!),
          'max ms': Math.round(times[times.length - 1]!),
        });
        console.log(
          `missed at ${degrees}°:`,
          missed.filter((m) => m.endsWith(`@${degrees}`)),
        );
        expect(late, `no answer before the deadline at ${degrees}°`).toEqual([]);
        expect(hits, `at ${degrees}°`).toBeGreaterThanOrEqual(zxingCpp[degrees]!);
        expect(times[times.length - 1]!).toBeLessThan(STILL_DEADLINE_MS);
      }
      console.table(rows);
    },
  );
});
