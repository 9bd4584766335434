/**
 * A cheap tablet: the built PWA with its CPU throttled 6x (DevTools protocol
 * `Emulation.setCPUThrottlingRate`). throttled_scan_to_verdict_ms, from the click on "Scan QR"
 * to the verdict painted, with the holder QR always in the camera's view;
 * throttled_cold_start_offline_ms; throttled_still_image_ms, from choosing a holder QR image to
 * its verdict painted. Where the time goes is read from bench/browser/phase-probe.ts.
 * Method: bench/README.md.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import QRCode from 'qrcode';
import { qrSegments } from '../src/holder/qr.ts';
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
import {
  SLOWDOWN,
  medianPhases,
  nextVerdict,
  phasesOf,
  throttle,
  throttleWorkers,
  type Sample,
} from './lib/throttle.ts';

const SCANS = 12;
const STILLS = 6;
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
