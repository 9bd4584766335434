/**
 * A cheap tablet: the built PWA with its CPU throttled 6x (DevTools protocol
 * `Emulation.setCPUThrottlingRate`). throttled_scan_to_verdict_ms, from the click on "Scan QR"
 * to the verdict painted, with the holder QR always in the camera's view;
 * throttled_cold_start_offline_ms; throttled_still_image_ms, from choosing a holder QR image to
 * its verdict painted. Where the time goes is read from bench/browser/phase-probe.ts.
 * Method: bench/README.md.
 */
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { qrSegments } from '../src/holder/qr.ts';
import type { PhaseEvent, PhaseProbe } from './browser/phase-probe.ts';
import {
  STEP_TIMEOUT,
  firstVisit,
  launchWithCamera,
  newAppContext,
  writeCameraFile,
} from './lib/app.ts';
import { say, type BenchModule } from './lib/module.ts';
import { bundleScript } from './lib/pages.ts';
import { median, percentile, round } from './lib/stats.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { benchColdStart } from './pwa.ts';

const SLOWDOWN = 6;
const SCANS = 12;
const STILLS = 6;

/** Where one sample's time went, in ms; phases that did not happen are absent. */
type Phases = Record<string, number>;

interface Sample {
  totalMs: number;
  phases: Phases;
  verdict: string;
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return cdp;
}

/** What became of throttling the page's workers as well (a dedicated worker is its own target). */
interface WorkerThrottle {
  workers: number;
  throttled: number;
  /** Chromium's answer where it rejected. */
  rejected?: string;
}

/**
 * Asks for the same slowdown in each of the page's workers (the decode worker among them),
 * through the page's session (non-flat attach, messages relayed), and records Chromium's answer:
 * where it rejects, decoding in the worker runs at this machine's full speed.
 */
async function throttleWorkers(cdp: CDPSession): Promise<WorkerThrottle> {
  type Target = { targetId: string; type: string; url: string };
  let workers: Target[] = [];
  for (let tries = 0; tries < 50 && workers.length === 0; tries++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
    workers = targetInfos.filter((target) => target.type === 'worker');
    if (workers.length === 0) await new Promise((done) => setTimeout(done, 100));
  }
  const result: WorkerThrottle = { workers: workers.length, throttled: 0 };
  for (const [index, worker] of workers.entries()) {
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    const id = 1_000 + index;
    const answer = new Promise<{ error?: { message: string } }>((resolve) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; error?: { message: string } };
        if (event.sessionId !== sessionId || message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(message);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id,
        method: 'Emulation.setCPUThrottlingRate',
        params: { rate: SLOWDOWN },
      }),
    });
    const reply = await Promise.race([
      answer,
      new Promise<{ error: { message: string } }>((resolve) =>
        setTimeout(() => resolve({ error: { message: 'no answer in 5 s' } }), 5_000),
      ),
    ]);
    if (reply.error) result.rejected = reply.error.message;
    else result.throttled++;
  }
  return result;
}

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { phaseProbe: PhaseProbe }).phaseProbe);

/** Waits for the next painted verdict after `count` verdicts and returns the events since `from`. */
async function nextVerdict(page: Page, count: number): Promise<PhaseProbe> {
  await page.waitForFunction(
    (n) => (window as unknown as { phaseProbe: PhaseProbe }).phaseProbe.verdicts.length > n,
    count,
    { timeout: STEP_TIMEOUT },
  );
  return probeOf(page);
}

/** Splits the span from `start` to the painted verdict into the phases the probe saw. */
function phasesOf(events: PhaseEvent[], start: PhaseEvent['name']): Sample | null {
  const begin = events.findLast((event) => event.name === start);
  if (!begin) return null;
  const after = events.filter((event) => event.at >= begin.at);
  const first = (name: PhaseEvent['name']) => after.find((event) => event.name === name);
  const painted = first('painted');
  const inDom = first('verdict-in-dom');
  if (!painted || !inDom) return null;
  const during = after.filter((event) => event.at <= inDom.at);
  const sum = (name: PhaseEvent['name']) =>
    during.filter((event) => event.name === name).reduce((total, event) => total + event.ms!, 0);
  const phases: Phases = {};
  const camera = first('camera');
  const frame = first('first-frame');
  const verifies = during.filter((event) => event.name === 'verify');
  const firstVerify = verifies[0];
  const lastVerify = verifies.at(-1);
  // Back to back, these add up to the whole span (camera path: click, screen, camera, first
  // frame, decode, verify, record and render, paint; image path: choose, decode, ...).
  let from = begin.at;
  const step = (name: string, to: number | undefined) => {
    if (to === undefined || to < from) return;
    phases[name] = to - from;
    from = to;
  };
  if (start === 'click' && camera) {
    step('open_scan_screen', camera.at);
    step('camera_start', camera.at + camera.ms!);
    step('first_frame', frame?.at);
  }
  step('decode', firstVerify?.at);
  if (firstVerify && lastVerify) step('verify', lastVerify.at + lastVerify.ms!);
  step('record_and_render', inDom.at);
  step('paint', painted.at);
  // Alongside (overlapping the steps above): scripts and wasm fetched, wasm compiled here.
  const fetches = during.filter((event) => event.name === 'fetch');
  if (fetches.length > 0) {
    const startAt = Math.min(...fetches.map((event) => event.at));
    phases.chunk_load_span = Math.max(...fetches.map((event) => event.at + event.ms!)) - startAt;
    phases.chunks_loaded = fetches.length;
  }
  if (during.some((event) => event.name === 'wasm-compile'))
    phases.wasm_compile_page = sum('wasm-compile');
  return { totalMs: painted.at - begin.at, phases, verdict: '' };
}

/** The median of each phase over the samples that had it. */
function medianPhases(samples: Sample[]): Record<string, number | null> {
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.phases)))];
  return Object.fromEntries(
    names.map((name) => [
      name,
      round(
        median(samples.flatMap((sample) => (name in sample.phases ? [sample.phases[name]!] : []))),
        1,
      ),
    ]),
  );
}

/** From the home screen: "Scan QR", the verdict, then "Next" and "Back", `count` times. */
async function scans(browser: Browser, appUrl: string, probe: string, count: number) {
  const context = await newAppContext(browser, appUrl);
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    await firstVisit(page, appUrl);
    const cdp = await throttle(page);
    // The home screen has started the decode worker by now.
    const workers = await throttleWorkers(cdp);
    const samples: Sample[] = [];
    for (let i = 0; i < count; i++) {
      await page.getByRole('button', { name: 'Scan QR' }).click();
      const state = await nextVerdict(page, i);
      const sample = phasesOf(state.events, 'click');
      if (!sample) throw new Error(`scan ${i + 1}: no click or no verdict recorded`);
      sample.verdict = state.verdicts[i]!;
      if (!sample.verdict.startsWith('Fully vaccinated')) {
        throw new Error(`scan ${i + 1} gave "${sample.verdict.slice(0, 40)}"`);
      }
      samples.push(sample);
      say(`throttled scan ${i + 1}/${count}: ${sample.totalMs.toFixed(0)} ms`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Back' }).click();
    }
    return { samples, workers };
  } finally {
    await context.close();
  }
}

/** On the scan screen (a camera with no code), "Choose image" with the holder QR, `count` times. */
async function stills(browser: Browser, appUrl: string, probe: string, png: Buffer, count: number) {
  const context = await newAppContext(browser, appUrl);
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    await firstVisit(page, appUrl);
    await throttle(page);
    const samples: Sample[] = [];
    for (let i = 0; i < count; i++) {
      await page.getByRole('button', { name: 'Scan QR' }).click();
      await page.getByText('Choose image').waitFor({ timeout: STEP_TIMEOUT });
      await page
        .getByLabel('Choose image')
        .setInputFiles({ name: 'status-qr.png', mimeType: 'image/png', buffer: png });
      const state = await nextVerdict(page, i);
      const sample = phasesOf(state.events, 'file');
      if (!sample) throw new Error(`image ${i + 1}: no change event or no verdict recorded`);
      sample.verdict = state.verdicts[i]!;
      if (!sample.verdict.startsWith('Fully vaccinated')) {
        throw new Error(`image ${i + 1} gave "${sample.verdict.slice(0, 40)}"`);
      }
      samples.push(sample);
      say(`throttled still image ${i + 1}/${count}: ${sample.totalMs.toFixed(0)} ms`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Back' }).click();
    }
    return samples;
  } finally {
    await context.close();
  }
}

function summary(samples: Sample[]) {
  const totals = samples.map((sample) => sample.totalMs);
  return {
    median_ms: round(median(totals), 0),
    p95_ms: round(percentile(totals, 95), 0),
    samples_ms: totals.map((ms) => round(ms, 0)),
    median_phases_ms: medianPhases(samples),
  };
}

/** The `throttled` bench module. */
export const bench: BenchModule = {
  name: 'throttled',
  title: `a cheap tablet: CPU throttled ${SLOWDOWN}x, scan to verdict, offline cold start, still image`,
  keys: [
    { key: 'throttled_scan_to_verdict_ms', unit: 'ms (median)', goal: { op: '<=', limit: 500 } },
    { key: 'throttled_scan_to_verdict_p95_ms', unit: 'ms' },
    { key: 'throttled_cold_start_offline_ms', unit: 'ms' },
    { key: 'throttled_still_image_ms', unit: 'ms (median)', goal: { op: '<=', limit: 3000 } },
  ],
  async run(context) {
    const app = await context.app();
    const probe = await bundleScript('bench/browser/phase-probe.ts');
    const camera = join(context.work, 'camera-code-only.y4m');
    writeCameraFile(camera, app.holderToken, true);
    const png = await QRCode.toBuffer(qrSegments(app.holderToken), {
      errorCorrectionLevel: 'M',
      margin: 4,
      scale: 4,
    });

    const withCode = await launchWithCamera(camera);
    let scanned: Awaited<ReturnType<typeof scans>>;
    let cold: Awaited<ReturnType<typeof benchColdStart>>;
    try {
      scanned = await scans(withCode, app.appUrl, probe, SCANS);
      cold = await benchColdStart(withCode, app.appUrl, 5, SLOWDOWN);
    } finally {
      await withCode.close();
    }
    // Chromium's own fake camera (a moving test pattern, no code), so only the image is read.
    const noCode = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ]);
    let still: Sample[];
    try {
      still = await stills(noCode, app.appUrl, probe, png, STILLS);
    } finally {
      await noCode.close();
    }

    // The first scan after the app opened also loads the scanner chunk: reported, not in the median.
    const [firstScan, ...laterScans] = scanned.samples;
    const scan = summary(laterScans);
    const [firstStill, ...laterStills] = still;
    const image = summary(laterStills);
    const spend = (phases: Record<string, number | null>) =>
      Object.entries(phases)
        .filter(([name]) => name !== 'chunks_loaded' && name !== 'chunk_load_span')
        .map(([name, ms]) => `${name} ${ms} ms`)
        .join(', ');
    return {
      values: {
        throttled_scan_to_verdict_ms: scan.median_ms,
        throttled_scan_to_verdict_p95_ms: scan.p95_ms,
        throttled_cold_start_offline_ms: round(cold.coldStartOfflineMs, 0),
        throttled_still_image_ms: image.median_ms,
      },
      reasons: {
        throttled_scan_to_verdict_ms: `median phases: ${spend(scan.median_phases_ms)}`,
        throttled_still_image_ms: `median phases: ${spend(image.median_phases_ms)}`,
      },
      notes: {
        cpu_slowdown: SLOWDOWN,
        // Chromium 156 answers "Operation is only supported for pages, not workers".
        decode_worker_throttled: scanned.workers,
        scan: {
          ...scan,
          first_scan_after_open_ms: round(firstScan!.totalMs, 0),
          first_scan_phases_ms: firstScan!.phases,
        },
        cold_start: {
          samples_ms: cold.samplesMs.map((ms) => round(ms, 0)),
          worker_already_running_ms: cold.warmWorkerMs.map((ms) => round(ms, 0)),
          served_by_service_worker: cold.servedByWorker,
          network_was_off: cold.networkOff,
        },
        still_image: {
          ...image,
          image: `the holder page's PNG of this token (${png.length} bytes)`,
          first_image_after_open_ms: round(firstStill!.totalMs, 0),
          first_image_phases_ms: firstStill!.phases,
        },
      },
    };
  },
};
