/**
 * The first scan after opening the app on a cheap tablet: a fresh Chromium each run (nothing
 * cached, no service worker yet), the CPU throttled from before the page loads, "Scan QR" pressed
 * 1.5 s after the home screen appeared, timed to the verdict painted (bench/browser/phase-probe.ts).
 */
import { STEP_TIMEOUT, launchWithCamera, newAppContext } from './app.ts';
import { say } from './module.ts';
import { nextVerdict, phasesOf, preparePolling, throttle, type Sample } from './throttle.ts';

/** How long the home screen is shown before "Scan QR" is pressed, as a person would wait. */
export const HOME_WAIT_MS = 1_500;

/** One fresh-browser run: its sample, with the verdict read. */
async function firstScanOnce(camera: string, appUrl: string, probe: string): Promise<Sample> {
  const browser = await launchWithCamera(camera);
  try {
    const context = await newAppContext(browser, appUrl);
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    await throttle(page);
    await page.goto(appUrl);
    const scan = page.getByRole('button', { name: 'Scan QR' });
    await scan.waitFor({ timeout: STEP_TIMEOUT });
    await page.waitForTimeout(HOME_WAIT_MS);
    await preparePolling(page);
    await scan.click();
    const state = await nextVerdict(page, 0);
    const sample = phasesOf(state.events, 'click');
    if (!sample) throw new Error('first scan: no click or no verdict recorded');
    sample.verdict = state.verdicts[0]!;
    return sample;
  } finally {
    await browser.close();
  }
}

/** `runs` first scans, each in a fresh browser; every verdict must be the holder's. */
export async function firstScans(
  camera: string,
  appUrl: string,
  probe: string,
  runs: number,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    const sample = await firstScanOnce(camera, appUrl, probe);
    if (!sample.verdict.startsWith('Fully vaccinated')) {
      throw new Error(`first scan ${run + 1} gave "${sample.verdict.slice(0, 40)}"`);
    }
    samples.push(sample);
    say(`first scan after opening ${run + 1}/${runs}: ${sample.totalMs.toFixed(0)} ms`);
  }
  return samples;
}
