import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScanState } from '../scanner/fixtures/camera-page.ts';
import { describeBrowser, launchChromium, serveDirectory } from '../helpers/browser.ts';
import { blankFrame, qrMatrix, qrTextFor, renderFrame, writeY4m } from '../helpers/qr-frames.ts';
import { fakeStatusJws, seededRandom } from '../scanner/corpus.ts';

const FIXTURE = resolve(import.meta.dirname, '../scanner/fixtures');
const WIDTH = 640;
const HEIGHT = 480;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
};

const readState = (page: Page) =>
  page.evaluate(() => {
    const { codes, frames, errors } = (window as unknown as { scan: ScanState }).scan;
    return { codes: [...codes], frames: [...frames], errors: [...errors] };
  });

describeBrowser('the scanner with a fake camera', () => {
  const text = qrTextFor(fakeStatusJws(seededRandom(3), 20));
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let chunks: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kycvs-scanner-'));
    const output = await build({
      configFile: false,
      root: FIXTURE,
      logLevel: 'warn',
      build: { outDir: join(dir, 'site'), emptyOutDir: true, target: 'es2022' },
      // As in vite.config.ts: the decode worker is a module whose decoders are lazy chunks.
      worker: { format: 'es' },
    });
    const results = Array.isArray(output) ? output : [output];
    chunks = results.flatMap((r) => ('output' in r ? r.output.map((o) => o.fileName) : []));

    // Half a second without the code, then the code held still: Chromium loops the file.
    const matrix = qrMatrix(text, 'M');
    const code = renderFrame(matrix, { width: WIDTH, height: HEIGHT, noise: 6, seed: 9 });
    const video = join(dir, 'camera.y4m');
    writeY4m(
      video,
      [...Array(5).fill(blankFrame(WIDTH, HEIGHT)), ...Array(25).fill(code)],
      WIDTH,
      HEIGHT,
    );
    console.log(`fake camera: version ${matrix.version} code of ${text.length} characters`);

    server = await serveDirectory(join(dir, 'site'), 'index.html', TYPES);
    browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds the decode worker and each decoder into chunks of their own', () => {
    const names = chunks.join(' ');
    expect(chunks.filter((name) => name.endsWith('.js')).length).toBeGreaterThanOrEqual(4);
    expect(names).toMatch(/decode-worker[^ ]*\.js/);
    expect(names).toMatch(/zxing-wasm-decoder[^ ]*\.js/);
    expect(names).toMatch(/jsqr-decoder[^ ]*\.js/);
    expect(names).toMatch(/zxing_reader[^ ]*\.wasm/);
  });

  it('reads the code from the camera exactly once while it stays in view', async () => {
    await page.waitForFunction(
      () => {
        const scan = (window as unknown as { scan?: ScanState }).scan;
        return scan && (scan.codes.length > 0 || scan.errors.length > 0);
      },
      undefined,
      { timeout: 30_000 },
    );
    const first = await readState(page);
    expect(first.errors).toEqual([]);
    // Keep scanning through more than one loop of the fake camera (30 frames, gap included).
    const framesAtFirstRead = first.frames.length;
    await page.waitForFunction(
      (count) => (window as unknown as { scan: ScanState }).scan.frames.length >= count,
      framesAtFirstRead + 40,
      { timeout: 60_000 },
    );
    const state = await readState(page);
    expect(state.codes).toEqual([text]);
    expect(state.errors).toEqual([]);
    // Every frame was decoded in the worker, the code included, and the page's own thread only
    // copied frames: no decoder ran on it.
    expect(state.frames.some((frame) => frame.decoder !== null)).toBe(true);
    expect(new Set(state.frames.map((frame) => frame.where))).toEqual(new Set(['worker']));
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name)),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/decode-worker[^/]*\.js$/)]));

    const byDecoder = new Map<string, number[]>();
    const mainThread = new Map<string, number[]>();
    for (const frame of state.frames) {
      const key = `${frame.pass}:${frame.decoder ?? 'none'}`;
      byDecoder.set(key, [...(byDecoder.get(key) ?? []), frame.ms]);
      mainThread.set(key, [...(mainThread.get(key) ?? []), frame.mainThreadMs]);
    }
    console.log(
      `decode time per frame in Chromium (${state.frames.length} frames, ${WIDTH}x${HEIGHT}):`,
    );
    console.table(
      [...byDecoder].map(([key, times]) => ({
        'pass:decoder': key,
        frames: times.length,
        'mean ms': +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1),
        'max ms': +Math.max(...times).toFixed(1),
        'main thread mean ms': +(
          mainThread.get(key)!.reduce((a, b) => a + b, 0) / times.length
        ).toFixed(1),
      })),
    );
  });

  it('reads the same code again after pause and resume', async () => {
    await page.evaluate(() => {
      const { handle } = (window as unknown as { scan: ScanState }).scan;
      handle!.pause();
      handle!.resume();
    });
    await page.waitForFunction(
      () => (window as unknown as { scan: ScanState }).scan.codes.length >= 2,
      undefined,
      { timeout: 30_000 },
    );
    expect((await readState(page)).codes).toEqual([text, text]);
  });

  it('releases the camera on stop', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { scan: ScanState }).scan.liveTracks()),
    ).toBe(1);
    await page.evaluate(() => (window as unknown as { scan: ScanState }).scan.handle!.stop());
    expect(
      await page.evaluate(() => (window as unknown as { scan: ScanState }).scan.liveTracks()),
    ).toBe(0);
  });
  it('rejects with UNSUPPORTED and releases the camera when the worker script cannot load', async () => {
    const fallback = await browser.newPage();
    try {
      // As when a CSP or a broken cache blocks the worker: its script request fails.
      await fallback.route(/decode-worker[^/]*\.js$/, (route) => route.abort());
      const { port } = server.address() as AddressInfo;
      await fallback.goto(`http://127.0.0.1:${port}/`);
      await fallback.waitForFunction(
        () => {
          const scan = (window as unknown as { scan?: ScanState }).scan;
          return scan && (scan.codes.length > 0 || scan.errors.length > 0);
        },
        undefined,
        { timeout: 30_000 },
      );
      // The decoders are built into the worker only (the page carries no second copy): without
      // it the scanner says so, and leaves no camera open.
      const state = await readState(fallback);
      expect(state.errors).toEqual(['ScannerError UNSUPPORTED: the decode worker could not start']);
      expect(state.codes).toEqual([]);
      expect(state.frames).toEqual([]);
      expect(
        await fallback.evaluate(() => (window as unknown as { scan: ScanState }).scan.liveTracks()),
      ).toBe(0);
    } finally {
      await fallback.close();
    }
  });
});
