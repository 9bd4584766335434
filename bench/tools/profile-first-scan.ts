/**
 * A developer's tool, not a bench module: the first scan after opening (as bench/lib/first-scan.ts
 * runs it, CPU throttled 6x, the app built unminified), from the click to the verdict painted: a
 * CPU profile (open it in Chromium's DevTools, Performance panel) and the phase probe's events,
 * per run.
 * Usage: node --import tsx bench/tools/profile-first-scan.ts [runs]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeCameraFile, launchWithCamera, newAppContext, STEP_TIMEOUT } from '../lib/app.ts';
import { holderToken } from '../lib/holder.ts';
import { bundleScript } from '../lib/pages.ts';
import { startSimulatorCli } from '../lib/processes.ts';
import { nextVerdict, phasesOf, preparePolling, throttle } from '../lib/throttle.ts';

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Records the decode worker's start, its 'ready', and each frame sent and answered. */
const WORKER_WATCH = `(() => {
  const log = (window.workerWatch = []);
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      log.push({ name: 'worker-created', at: performance.now() });
      this.addEventListener('message', (event) => {
        const data = event.data || {};
        if (data.type === 'ready') log.push({ name: 'ready', at: performance.now() });
        if (data.type === 'result') log.push({ name: 'result', at: performance.now(), ms: data.ms, found: !!data.result });
      });
    }
    postMessage(message, transfer) {
      if (message && (message.type === 'decode' || message.type === 'video-frame')) log.push({ name: 'sent', at: performance.now() });
      return super.postMessage(message, transfer);
    }
  };
})();`;

const runs = Number(process.argv[2] ?? 1);
const work = mkdtempSync(join(tmpdir(), 'kycvs-profile-'));
const dir = join(work, 'pwa');
// Not minified, so the profile names the app's own functions.
await build({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
  logLevel: 'warn',
  build: { outDir: dir, emptyOutDir: true, minify: false },
});
const server = await startSimulatorCli(['--static-dir', dir, '--otp-resend-gap', '0']);
try {
  const holder = await holderToken(server.url, server.dataDir!);
  const appUrl = server.url.replace('://localhost:', '://127.0.0.1:');
  const camera = join(work, 'camera.y4m');
  writeCameraFile(camera, holder.token, true);
  const probe = await bundleScript('bench/browser/phase-probe.ts');
  for (let run = 0; run < runs; run++) {
    const browser = await launchWithCamera(camera);
    try {
      const context = await newAppContext(browser, appUrl);
      await context.addInitScript({ content: probe });
      await context.addInitScript({ content: WORKER_WATCH });
      const page = await context.newPage();
      const cdp = await throttle(page);
      await page.goto(appUrl);
      const scan = page.getByRole('button', { name: 'Scan QR' });
      await scan.waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForTimeout(1_500);
      await preparePolling(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await scan.click();
      const state = await nextVerdict(page, 0);
      const sample = phasesOf(state.events, 'click')!;
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(join(work, `profile-${run}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(work, `probe-${run}.json`), JSON.stringify(state.events));
      const watched = await page.evaluate(
        () => (window as unknown as { workerWatch: unknown[] }).workerWatch,
      );
      const click = state.events.findLast((event) => event.name === 'click')!.at;
      console.log(
        '  worker (ms after click):',
        (watched as { name: string; at: number; ms?: number; found?: boolean }[])
          .map(
            (e) =>
              `${e.name}@${(e.at - click).toFixed(0)}${e.ms !== undefined ? `(${e.ms.toFixed(0)} ms${e.found ? ', found' : ''})` : ''}`,
          )
          .join(' '),
      );
      console.log(
        `run ${run + 1}: total ${sample.totalMs.toFixed(0)} ms`,
        JSON.stringify(sample.phases),
      );
    } finally {
      await browser.close();
    }
  }
  console.log('traces in', work);
} finally {
  await server.stop();
}
