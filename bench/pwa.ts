/**
 * The built PWA in Chromium, served by the simulator: scan_to_verdict_ms with a fake camera,
 * and cold_start_offline_ms, a reload with the network off served by the service worker.
 * Method: bench/README.md.
 */
import type { Browser, Page } from 'playwright-core';
import type { ColdProbe } from './browser/cold-probe.ts';
import type { ProbeVerdict } from './browser/scan-probe.ts';
import {
  STEP_TIMEOUT,
  firstVisit,
  launchWithCamera,
  newAppContext as newContext,
} from './lib/app.ts';
import type { BenchModule } from './lib/module.ts';
import { bundleScript } from './lib/pages.ts';
import { median, percentile, round } from './lib/stats.ts';

/** Scan-to-verdict samples and what they show. */
export interface ScanResult {
  scanToVerdictMs: number;
  samplesMs: number[];
  p90Ms: number;
  /** The first scan after the app opened (scanner chunk download included), not in the median. */
  firstScanMs: number | null;
  /** Scans whose camera started while the code was already in view (no blank-to-code change). */
  discarded: number;
  /** Samples where the code had to come round again before it was read. */
  missedFirstPass: number;
  verdictText: string;
}

async function nextVerdict(page: Page, count: number): Promise<ProbeVerdict> {
  await page.waitForFunction(
    (n) =>
      (window as unknown as { scanProbe: { verdicts: unknown[] } }).scanProbe.verdicts.length > n,
    count,
    { timeout: STEP_TIMEOUT },
  );
  return page.evaluate(
    (n) =>
      (window as unknown as { scanProbe: { verdicts: ProbeVerdict[] } }).scanProbe.verdicts[n]!,
    count,
  );
}

/** Scans the fake camera's code `samples` times, each from the home screen. */
export async function benchScan(
  browser: Browser,
  appUrl: string,
  samples: number,
): Promise<ScanResult> {
  const probe = await bundleScript('bench/browser/scan-probe.ts');
  const context = await newContext(browser, appUrl);
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    await firstVisit(page, appUrl);
    const valid: number[] = [];
    let discarded = 0;
    let missedFirstPass = 0;
    let firstScanMs: number | null = null;
    let verdictText = '';
    for (let attempt = 0; valid.length < samples && attempt < samples * 3; attempt++) {
      // Each scan from the home screen: a new scan screen, camera and scanner, so the same code
      // counts as new (after "Next" the app ignores the code just checked while it is held).
      await page.getByRole('button', { name: 'Scan QR' }).click();
      const verdict = await nextVerdict(page, attempt);
      verdictText = verdict.text;
      if (!verdict.text.startsWith('Fully vaccinated')) {
        throw new Error(`the scan gave "${verdict.text.slice(0, 40)}", not a valid verdict`);
      }
      const ms = verdict.codeAt === null ? null : verdict.paintedAt - verdict.codeAt;
      if (attempt === 0) firstScanMs = ms;
      else if (ms === null) discarded++;
      else {
        valid.push(ms);
        if (verdict.codePhases > 1) missedFirstPass++;
        process.stdout.write(`  scan ${valid.length}/${samples}: ${ms.toFixed(0)} ms\n`);
      }
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Back' }).click();
    }
    if (valid.length === 0) throw new Error('no scan started with the code out of view');
    return {
      scanToVerdictMs: median(valid),
      samplesMs: valid,
      p90Ms: percentile(valid, 90),
      firstScanMs,
      discarded,
      missedFirstPass,
      verdictText: verdictText.slice(0, 40),
    };
  } finally {
    await context.close();
  }
}

/** Cold-start samples. */
export interface ColdStartResult {
  coldStartOfflineMs: number;
  samplesMs: number[];
  /** Until the "Scan QR" button showed (before the click). */
  buttonMs: number[];
  /** The same, with the service worker still running from the previous load. */
  warmWorkerMs: number[];
  /** Every load was controlled by the service worker and moved no bytes over the network. */
  servedByWorker: boolean;
  networkOff: boolean;
}

async function coldLoad(page: Page): Promise<ColdProbe> {
  await page.reload();
  await page.waitForFunction(
    () => (window as unknown as { coldProbe?: ColdProbe }).coldProbe?.scanAt != null,
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  return page.evaluate(() => (window as unknown as { coldProbe: ColdProbe }).coldProbe);
}

/**
 * Reloads the app with the network off. For the cold samples the service worker is stopped
 * first (DevTools protocol), as after the tablet slept; the warm ones reload straight away.
 * `cpuSlowdown` throttles the page's CPU by that factor (DevTools protocol) during the reloads.
 */
export async function benchColdStart(
  browser: Browser,
  appUrl: string,
  samples: number,
  cpuSlowdown = 1,
): Promise<ColdStartResult> {
  const probe = await bundleScript('bench/browser/cold-probe.ts');
  const context = await newContext(browser, appUrl);
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    await firstVisit(page, appUrl);
    await page.evaluate(() => sessionStorage.setItem('kycvs-bench-cold-start', 'armed'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await context.setOffline(true);
    const cold: number[] = [];
    const button: number[] = [];
    const warm: number[] = [];
    let servedByWorker = true;
    for (let i = 0; i < samples; i++) {
      if (cpuSlowdown !== 1)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await cdp.send('ServiceWorker.stopAllWorkers');
      const result = await coldLoad(page);
      if (!result.controlled || result.transferSize !== 0) servedByWorker = false;
      cold.push(result.scanAt!);
      button.push(result.buttonAt!);
      const again = await coldLoad(page);
      warm.push(again.scanAt!);
      process.stdout.write(
        `  offline reload ${i + 1}/${samples}: ${result.scanAt!.toFixed(0)} ms (worker stopped), ` +
          `${again.scanAt!.toFixed(0)} ms (worker running)\n`,
      );
    }
    // Proof that the network was off: a request the service worker passes through fails.
    const networkOff = await page.evaluate(() =>
      fetch('/dev/faults', { cache: 'no-store' }).then(
        () => false,
        () => true,
      ),
    );
    return {
      networkOff,
      coldStartOfflineMs: median(cold),
      samplesMs: cold,
      buttonMs: button,
      warmWorkerMs: warm,
      servedByWorker,
    };
  } finally {
    await context.close();
  }
}

/** The `pwa` bench module: scan to verdict and offline cold start, one browser. */
export const bench: BenchModule = {
  name: 'pwa',
  title: 'the PWA served by the simulator: scan to verdict (10 scans), offline cold start (5)',
  keys: [
    { key: 'scan_to_verdict_ms', unit: 'ms', goal: { op: '<=', limit: 150 } },
    { key: 'cold_start_offline_ms', unit: 'ms', goal: { op: '<=', limit: 500 } },
  ],
  async run(context) {
    const app = await context.app();
    const browser = await launchWithCamera(app.camera);
    try {
      const scan = await benchScan(browser, app.appUrl, 10);
      const cold = await benchColdStart(browser, app.appUrl, 5);
      return {
        values: {
          scan_to_verdict_ms: round(scan.scanToVerdictMs, 1),
          cold_start_offline_ms: round(cold.coldStartOfflineMs, 0),
        },
        notes: {
          scan: {
            samples_ms: scan.samplesMs.map((ms) => round(ms, 1)),
            p90_ms: round(scan.p90Ms, 1),
            first_scan_after_open_ms: scan.firstScanMs === null ? null : round(scan.firstScanMs, 1),
            discarded_camera_started_on_code: scan.discarded,
            needed_a_second_pass: scan.missedFirstPass,
            verdict: scan.verdictText,
            token_source: app.tokenSource,
          },
          cold_start: {
            samples_ms: cold.samplesMs.map((ms) => round(ms, 0)),
            scan_qr_button_shown_ms: cold.buttonMs.map((ms) => round(ms, 0)),
            worker_already_running_ms: cold.warmWorkerMs.map((ms) => round(ms, 0)),
            served_by_service_worker: cold.servedByWorker,
            network_was_off: cold.networkOff,
          },
        },
      };
    } finally {
      await browser.close();
    }
  },
};
