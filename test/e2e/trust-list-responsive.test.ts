/**
 * SPEC §10 in the built PWA, served by the real simulator, in Chromium at 6x CPU throttling:
 * while a signed list of 200,000 revoked codes is stored, the scan screen keeps answering (no
 * page task near the second and more that a list handled on the page costs, and taps on the
 * screen's buttons handled and painted meanwhile), and once it is stored a code it revokes
 * reads "Invalid" (revoked) offline while another is still accepted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SignedTrustList } from '../../src/protocol/index.ts';
import { signTrustList, trustKeyFromJwk } from '../../trust/sign.ts';
import { describeBrowser, firstVisitThenOffline, launchChromium } from '../helpers/browser.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import { credentialIdOf, issueDcc, verdictFor } from '../helpers/gate-flows.ts';

const STEP_TIMEOUT = 30_000;
const IMPORT_TIMEOUT = 180_000;
const ENTRIES = 200_000;
const SLOWDOWN = 6;
/**
 * The longest page task allowed while the list is stored, at 6x: a contract, with margin. The
 * page's own share is a message to the worker and the new index read back 64 buckets (about
 * 3,000 codes) a task: from none over 50 ms to 136 ms here, 54 to 94 ms in the bench, on a
 * shared 2-core machine under a load of 6 to 10. A list whose text, verdict or index is
 * handled on the page costs one task of over a second: 1,261 ms in this very test before the
 * worker stored the list itself; reading the 7 MB body on the page alone costs 550 to 760 ms.
 */
const LONGEST_TASK_MS = 300;
/**
 * The slowest click allowed while a list is stored, input to painted frame, at 6x: a round trip
 * between home and the scan screen is itself a few hundred ms there (the scan screen mounts;
 * 184 ms measured), so this bound says "answered", not "fast".
 */
const SLOWEST_CLICK_MS = 1_000;
/** How long the page is left to settle before and after a window is watched. */
const SETTLE_MS = 5_000;
const PERSON = { full_name: 'Meera Pillai', birth_date: '1990-03-02' };
const TRUST_LIST = '**/.well-known/kycvs-trust-list.jws';

let sim: RunningSimulator;
let browser: Browser;

/**
 * The simulator's list with 200,000 codes revoked (`uci`'s among them), signed as the next
 * `count` lists (seq + 1, seq + 2, ...).
 */
async function bigLists(uci: string, count: number): Promise<{ seq: number; jws: string }[]> {
  const current = await (await fetch(`${sim.url}/.well-known/kycvs-trust-list.jws`)).text();
  const payload = JSON.parse(
    Buffer.from(current.split('.')[1]!, 'base64url').toString(),
  ) as SignedTrustList;
  const hash = (text: string) => createHash('sha256').update(text).digest().subarray(0, 16);
  const eudcc = [hash(uci).toString('base64')];
  for (let i = 1; i < ENTRIES; i++) eudcc.push(hash(`filler ${i}`).toString('base64'));
  // Signed by the simulator's own trust key (its data dir), so the PWA's pin accepts it.
  const key = trustKeyFromJwk(
    JSON.parse(readFileSync(join(sim.dataDir, 'trust-key.json'), 'utf8')),
  );
  return Array.from({ length: count }, (_, i) => {
    const list = { ...payload, seq: payload.seq + 1 + i, revoked: { ...payload.revoked, eudcc } };
    return { seq: list.seq, jws: signTrustList(list, key) };
  });
}

/** The `seq` of the list the PWA holds, read from its IndexedDB. */
function heldSeq(page: Page): Promise<number | null> {
  return page.evaluate(`new Promise((done) => {
    const open = indexedDB.open('kycvs-verifier');
    open.onerror = () => done(null);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('trustList').objectStore('trustList').get('current');
      get.onsuccess = () => { db.close(); done(get.result ? get.result.seq : null); };
      get.onerror = () => { db.close(); done(null); };
    };
  })`);
}

/** Watches the page: its long tasks, and the clicks that took over 16 ms to a painted frame. */
const WATCH = `(() => {
  const seen = { tasks: [], clicks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'click') seen.clicks.push([entry.startTime, entry.duration]);
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  window.__seen = seen;
})()`;

interface Stored {
  /** The longest page task from the list served until it was in force and read back, ms. */
  longestTask: number;
  /** The slowest click meanwhile, from the input to the frame that showed its effect, ms. */
  slowestClick: number;
  /** Round trips (Back, then Scan QR) begun while the list was being stored. */
  taps: number;
}

/** Serves `list`, goes online (the app then refreshes by itself) and waits until it is held. */
async function storeWhileWatching(
  context: BrowserContext,
  page: Page,
  list: { seq: number; jws: string },
  tap: boolean,
): Promise<Stored> {
  // The window opens when the list is served, in the page's clock: the app's own work on
  // coming back online (its keys, its status line) is not the list's.
  const origin = (await page.evaluate('performance.timeOrigin')) as number;
  let since = Infinity;
  let served = 0;
  await context.unrouteAll();
  await context.route(TRUST_LIST, (route) => {
    served += 1;
    since = Math.min(since, Date.now() - origin);
    return route.fulfill({ status: 200, contentType: 'application/jose', body: list.jws });
  });
  // Back online, the app refreshes by itself; one still finishing the last list takes this
  // `online` in its stride, so the network goes and comes back until the list is asked for.
  await expect
    .poll(
      async () => {
        if (served === 0) {
          await context.setOffline(true);
          await context.setOffline(false);
        }
        return served;
      },
      { timeout: STEP_TIMEOUT, interval: 2_000 },
    )
    .toBeGreaterThan(0);
  let taps = 0;
  while (tap && (await heldSeq(page)) !== list.seq) {
    await page.getByRole('button', { name: 'Back' }).click({ timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Scan QR' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('input[type="file"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
    // It began before the list was held, so its clicks met the storing.
    taps += 1;
  }
  await expect.poll(() => heldSeq(page), { timeout: IMPORT_TIMEOUT }).toBe(list.seq);
  // After the switch the page reads the new index into memory: that is in the window too.
  await page.waitForTimeout(SETTLE_MS);
  await context.setOffline(true);
  const seen = (await page.evaluate('window.__seen')) as Record<'tasks' | 'clicks', number[][]>;
  const after = (entries: number[][]) => entries.filter(([at]) => at! >= since).map(([, d]) => d!);
  return {
    longestTask: Math.max(0, ...after(seen.tasks)),
    slowestClick: Math.max(0, ...after(seen.clicks)),
    taps,
  };
}

describeBrowser('a 200,000-code trust list stored while the scan screen is up (SPEC §10)', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    sim = await startSimulator();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
  });

  it('keeps the scan screen answering at 6x, then reads a code it revokes as Invalid', async () => {
    const revoked = await issueDcc(sim.url, PERSON);
    const kept = await issueDcc(sim.url, PERSON);
    const [first, second] = await bigLists(await credentialIdOf(sim.url, revoked), 2);
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    await firstVisitThenOffline(context, page, appUrl, STEP_TIMEOUT);
    expect(await heldSeq(page)).toBe(first!.seq - 1);
    await page.getByRole('button', { name: 'Scan QR' }).click();
    await page.locator('input[type="file"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
    await page.evaluate(WATCH);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    // The scan screen's own first tasks (its scanner loading) are over before the window opens.
    await page.waitForTimeout(SETTLE_MS);

    // The list stored with the scan screen left alone: what it costs the page, and nothing else.
    const quiet = await storeWhileWatching(context, page, first!, false);
    // The next list stored while staff tap through the scan screen.
    const tapped = await storeWhileWatching(context, page, second!, true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.info(
      `${ENTRIES} codes stored at ${SLOWDOWN}x: longest task ${quiet.longestTask.toFixed(0)} ms; ` +
        `with ${tapped.taps} round trips of taps meanwhile, longest task ` +
        `${tapped.longestTask.toFixed(0)} ms, slowest click ${tapped.slowestClick.toFixed(0)} ms`,
    );
    expect(quiet.longestTask).toBeLessThan(LONGEST_TASK_MS);
    expect(tapped.taps).toBeGreaterThan(0);
    expect(tapped.slowestClick).toBeLessThan(SLOWEST_CLICK_MS);

    // The index in force answers each check, offline.
    await context.unrouteAll();
    await page.getByRole('button', { name: 'Back' }).click();
    const there = await verdictFor(page, revoked, STEP_TIMEOUT);
    expect(there.startsWith('Invalid'), there).toBe(true);
    expect(there).toMatch(/revoked/i);
    const still = await verdictFor(page, kept, STEP_TIMEOUT);
    expect(still.startsWith('Fully vaccinated'), still).toBe(true);
    await context.close();
  }, 300_000);
});
