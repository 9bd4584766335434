/**
 * A developer's tool, not a bench module: the first scan after opening (as bench/lib/first-scan.ts
 * runs it, CPU throttled 6x, the app built unminified), from the click to the verdict painted: a CPU profile and the phase probe's events, per run, for
 * bench/tools/profile-windows.py.
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
import { nextVerdict, phasesOf, throttle } from '../lib/throttle.ts';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}


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
      const page = await context.newPage();
      const cdp = await throttle(page);
      await page.goto(appUrl);
      const scan = page.getByRole('button', { name: 'Scan QR' });
      await scan.waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForTimeout(1_500);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await scan.click();
      const state = await nextVerdict(page, 0);
      const sample = phasesOf(state.events, 'click')!;
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(join(work, `profile-${run}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(work, `probe-${run}.json`), JSON.stringify(state.events));
      console.log(`run ${run + 1}: total ${sample.totalMs.toFixed(0)} ms`, JSON.stringify(sample.phases));
    } finally {
      await browser.close();
    }
  }
  console.log('traces in', work);
} finally {
  await server.stop();
}

