/**
 * decode_ms_per_frame: the scanner module alone on the same fake camera, its own per-frame
 * report (copy of the frame plus the decoders tried, in the decode worker), split by whether a
 * code was read; and what the page's own thread spent per frame. Method: bench/README.md.
 */
import type { FrameInfo } from '../src/scanner/index.ts';
import type { DecodeState } from './browser/decode-page.ts';
import { bundlePage, pageHtml, serveSite } from './lib/pages.ts';
import { launchWithCamera } from './lib/app.ts';
import type { BenchModule } from './lib/module.ts';
import { median, percentile, round } from './lib/stats.ts';

/** Per-frame decode cost. */
export interface DecodeResult {
  /** Median ms of the frames where a code was read: the decoder in use. */
  decodeMsPerFrame: number;
  decoder: string;
  framesWithCode: number;
  /** Where the frames were decoded: `worker`, or `main` when the worker could not start. */
  where: string;
  /** Median ms the page's own thread spent per frame (copy and hand-over to the worker). */
  mainThreadMsPerFrame: number;
  /** Frames where nothing was read (the blank part of the loop). */
  emptyFrameMs: number;
  emptyFrameP90Ms: number;
  framesEmpty: number;
  byDecoder: Record<string, { frames: number; medianMs: number }>;
}

/** Runs the scanner on `camera` for `ms` milliseconds of frames. */
export async function benchDecode(camera: string, ms: number): Promise<DecodeResult> {
  const site = await bundlePage('bench/browser/decode-page.ts');
  // esbuild leaves `new URL('./decode-worker.ts', import.meta.url)` as it is (Vite rewrites it):
  // the worker's own bundle is served at that URL, so the scanner runs as in the PWA.
  for (const [path, body] of await bundlePage('src/scanner/decode-worker.ts')) {
    site.set(path === '/page.js' ? '/decode-worker.ts' : path, body);
  }
  site.set('/index.html', pageHtml('decode bench'));
  const server = await serveSite(site);
  const browser = await launchWithCamera(camera);
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['camera'], { origin: new URL(server.url).origin });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(
      () => {
        const state = (window as unknown as { decodeBench?: DecodeState }).decodeBench;
        return state !== undefined && (state.codes.length > 0 || state.errors.length > 0);
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(ms);
    const state = await page.evaluate(
      () => (window as unknown as { decodeBench: DecodeState }).decodeBench,
    );
    if (state.errors.length > 0) throw new Error(`scanner failed: ${state.errors.join('; ')}`);
    // The first frames pay for compiling the decoders: leave them out.
    const frames: FrameInfo[] = state.frames.slice(5);
    const withCode = frames.filter((frame) => frame.decoder !== null);
    const empty = frames.filter((frame) => frame.decoder === null);
    const byDecoder: DecodeResult['byDecoder'] = {};
    for (const frame of withCode) {
      const entry = (byDecoder[frame.decoder!] ??= { frames: 0, medianMs: 0 });
      entry.frames++;
    }
    for (const name of Object.keys(byDecoder)) {
      byDecoder[name]!.medianMs = median(
        withCode.filter((frame) => frame.decoder === name).map((frame) => frame.ms),
      );
    }
    const decoder =
      Object.entries(byDecoder).sort((a, b) => b[1].frames - a[1].frames)[0]?.[0] ?? 'none';
    return {
      decodeMsPerFrame: median(withCode.map((frame) => frame.ms)),
      decoder,
      where: [...new Set(frames.map((frame) => frame.where))].join('+') || 'none',
      mainThreadMsPerFrame: median(frames.map((frame) => frame.mainThreadMs)),
      framesWithCode: withCode.length,
      emptyFrameMs: median(empty.map((frame) => frame.ms)),
      emptyFrameP90Ms: percentile(
        empty.map((frame) => frame.ms),
        90,
      ),
      framesEmpty: empty.length,
      byDecoder,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The `decode` bench module: the scanner alone on the holder token's fake camera, 4 s. */
export const bench: BenchModule = {
  name: 'decode',
  title: 'decode time per frame (the scanner module, the same camera)',
  keys: [{ key: 'decode_ms_per_frame', unit: 'ms' }],
  async run(context) {
    const result = await benchDecode((await context.app()).camera, 4000);
    return {
      values: { decode_ms_per_frame: round(result.decodeMsPerFrame, 1) },
      units: { decode_ms_per_frame: `ms (${result.decoder})` },
      notes: {
        decoder: result.decoder,
        decoded_in: result.where,
        main_thread_ms_per_frame: round(result.mainThreadMsPerFrame, 1),
        frames_with_code: result.framesWithCode,
        by_decoder: result.byDecoder,
        empty_frame_median_ms: round(result.emptyFrameMs, 1),
        empty_frame_p90_ms: round(result.emptyFrameP90Ms, 1),
        frames_without_code: result.framesEmpty,
      },
    };
  },
};
