/**
 * Many gates, one event (SPEC §11), in the built PWA in Chromium: tablets are browser contexts
 * that join through the event link or by scanning its QR, and the hubs are real (the simulator's
 * `/hub`, `npm run hub` children, two of them sharing a real redis-server). A code admitted at one gate reads "Already
 * checked at <gate>" at another; a hub killed with SIGKILL and started again ends in one merged
 * count; tablets on two hubs see each other; a reload offline loses nothing; 5,000 entries load.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inviteLink, parseInvite } from '../../src/events/invite.ts';
import { deriveTagKey, randomBase64url, tagOf } from '../../src/events/shared.ts';
import { describeBrowser, launchChromium, untilServiceWorkerControls } from '../helpers/browser.ts';
import { eventClient, startHub, startRedis } from '../helpers/event-hubs.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import {
  STEP_TIMEOUT as STEP,
  allGates,
  createEvent,
  credentialIdOf,
  indexedDbDump,
  issueDcc,
  untilAllGates,
  verdictFor,
} from '../helpers/gate-flows.ts';
import { qrTextFor } from '../helpers/qr-frames.ts';
import { TYPICAL_HOLDER, holderToken } from '../../bench/lib/holder.ts';

const BORN = '1990-01-02';
/** A fully vaccinated EU DCC for `name`, issued by the simulator. */
const issue = (name: string) => issueDcc(sim.url, { full_name: name, birth_date: BORN });
/** SPEC §11: a check at one gate is known at another within 2 s while the hub is reachable. */
const SYNC_MS = 2_000;

let sim: RunningSimulator;
let appUrl: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function tablet(url = appUrl): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  await untilServiceWorkerControls(page);
  return { context, page };
}

/** Opens the event link on a new tablet and joins as `gate`. */
async function joinByLink(link: string, gate: string): Promise<Page> {
  const { page } = await tablet(link);
  await page.getByLabel('Gate name').fill(gate);
  await page.getByRole('button', { name: 'Join event' }).click();
  await page.getByText(new RegExp(`This tablet is “${gate}”`)).waitFor({ timeout: STEP });
  expect(page.url()).not.toContain('#event=');
  await page.getByRole('button', { name: 'Back' }).click();
  return page;
}

/** A new tablet scans the event's QR on its scan screen (SPEC §11) and joins as `gate`. */
async function joinByScan(link: string, gate: string): Promise<Page> {
  const { page } = await tablet();
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: STEP });
  const buffer = await QRCode.toBuffer(link, {
    errorCorrectionLevel: 'M',
    margin: 4,
    scale: 4,
    type: 'png',
  });
  await input.setInputFiles({ name: 'event.png', mimeType: 'image/png', buffer });
  await page.getByText('An event code was scanned', { exact: false }).waitFor({ timeout: STEP });
  expect(await page.getByLabel('Event link').inputValue()).toBe(link);
  await page.getByLabel('Gate name').fill(gate);
  await page.getByRole('button', { name: 'Join event' }).click();
  await page.getByText(new RegExp(`This tablet is “${gate}”`)).waitFor({ timeout: STEP });
  await page.getByRole('button', { name: 'Back' }).click();
  return page;
}

describeBrowser('many gates, one event, in Chromium', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    sim = await startSimulator();
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await sim?.stop();
  });

  it('three tablets joined by the link: a code admitted at one reads "Already checked at <gate>" at the others', async () => {
    const { page: first } = await tablet();
    const link = await createEvent(first, 'Stadium', 'Gate 1');
    expect(parseInvite(link)?.hub).toBe(`${appUrl.replace('http:', 'ws:')}/hub`);
    const second = await joinByLink(link, 'Gate 2');
    const third = await joinByLink(link, 'Gate 3');
    for (const page of [first, second, third]) {
      await untilAllGates(page, 0);
      await page.getByText('Connected to the hub.').waitFor({ timeout: STEP });
    }

    const code = await issue('Meera Iyer');
    const verdict = await verdictFor(first, code, STEP);
    expect(verdict.startsWith('Fully vaccinated'), verdict).toBe(true);
    for (const page of [second, third]) await untilAllGates(page, 1, SYNC_MS);

    const again = await verdictFor(second, code, STEP);
    expect(again, again).toMatch(/Already checked at Gate 1, \d\d:\d\d/);
    const later = await verdictFor(third, code, STEP);
    expect(later, later).toMatch(/Already checked at Gate 1, \d\d:\d\d/);
    for (const page of [first, second, third]) await untilAllGates(page, 3);
    expect(await first.getByText(/Last synced \d\d:\d\d/).count()).toBe(1);

    // A KYC-VS status token from the holder page: its repeat is named by gate too.
    const { token } = await holderToken(sim.url, sim.dataDir);
    const mobile = TYPICAL_HOLDER.mobile;
    expect(await verdictFor(third, qrTextFor(token), STEP)).toMatch(/^Fully vaccinated/);
    await untilAllGates(first, 4);
    expect(await verdictFor(first, qrTextFor(token), STEP)).toMatch(
      /Already checked at Gate 3, \d\d:\d\d/,
    );
    for (const page of [first, second, third]) await untilAllGates(page, 5);

    // What the tablets keep holds no name, mobile, birth date, token or certificate (SPEC §9, §11).
    const secrets = [
      'Meera Iyer',
      TYPICAL_HOLDER.fullName,
      'Meera',
      'Priya',
      BORN,
      mobile,
      token,
      qrTextFor(token),
      code,
      code.slice(4, 60),
    ];
    for (const page of [first, second, third]) {
      const { text, hex } = await indexedDbDump(page);
      expect(text).toContain('kycvs-event-');
      for (const secret of secrets) {
        expect(text.includes(secret), secret).toBe(false);
        expect(hex.replace(/ /g, '').includes(Buffer.from(secret).toString('hex')), secret).toBe(
          false,
        );
      }
    }
  }, 120_000);

  it('a hub killed and started again, with checks meanwhile on both sides, ends in one count', async () => {
    const hub = await startHub();
    try {
      const { page: a } = await tablet();
      const link = await createEvent(a, 'Fair', 'North', hub.url);
      const b = await joinByLink(link, 'South');
      const c = await joinByScan(link, 'East');
      const shared = await issue('Anil Rao');
      await verdictFor(a, shared, STEP);
      for (const page of [b, c]) await untilAllGates(page, 1);

      await hub.kill();
      await a.getByText('Not connected to the hub', { exact: false }).waitFor({ timeout: STEP });
      // Apart: each gate checks on its own, and both admit one code the other has not seen.
      const both = await issue('Leela Das');
      expect(await verdictFor(a, both, STEP)).toMatch(/^Fully vaccinated/);
      expect(await verdictFor(a, await issue('Ravi Kumar'), STEP)).toMatch(/^Fully vaccinated/);
      const apart = await verdictFor(b, both, STEP);
      expect(apart, 'B has not heard of A').toMatch(/^Fully vaccinated/);
      expect(apart).not.toMatch(/Already checked/);
      await verdictFor(b, shared, STEP);
      for (const [page, count] of [
        [a, 3],
        [b, 3],
        [c, 1],
      ] as const)
        await untilAllGates(page, count);

      const back = await startHub({ port: hub.port, dataDir: hub.dataDir });
      try {
        for (const page of [a, b, c]) await untilAllGates(page, 5, 30_000);
        // Nothing lost, nothing doubled: the counts stay where they merged.
        for (const page of [a, b, c]) expect(await allGates(page)).toBe(5);
        expect(await verdictFor(c, both, STEP)).toMatch(
          /Already checked at (North|South), \d\d:\d\d/,
        );
        for (const page of [a, b, c]) await untilAllGates(page, 6);
      } finally {
        await back.stop();
      }
    } finally {
      await hub.stop().catch(() => {});
    }
  }, 180_000);

  it('two hubs sharing a Redis: tablets on different hubs see each other’s checks', async () => {
    const redis = await startRedis();
    const one = await startHub({ redis: redis.url });
    const two = await startHub({ redis: redis.url });
    try {
      const { page: a } = await tablet();
      const link = await createEvent(a, 'Expo', 'Hall A', one.url);
      const invite = parseInvite(link)!;
      const b = await joinByLink(inviteLink(appUrl, { ...invite, hub: two.url }), 'Hall B');
      const code = await issue('Sunita Sen');
      expect(await verdictFor(b, code, STEP)).toMatch(/^Fully vaccinated/);
      await untilAllGates(a, 1);
      expect(await verdictFor(a, code, STEP)).toMatch(/Already checked at Hall B, \d\d:\d\d/);
      await untilAllGates(b, 2);
    } finally {
      await one.stop();
      await two.stop();
      await redis.stop();
    }
  }, 120_000);

  it('a reload offline loses nothing, and 5,000 entries of other gates load and flag their codes', async () => {
    const { context, page } = await tablet();
    const link = await createEvent(page, 'Marathon', 'Start');
    const invite = parseInvite(link)!;
    const code = await issue('Farah Khan');
    const tag = await tagOf(
      await deriveTagKey(invite.secret, invite.id),
      await credentialIdOf(sim.url, code),
    );

    // Another gate, as a Node client: 4,999 entries, and one for the code above.
    const bulk = await eventClient(link);
    const start = Date.now() - 3_600_000;
    bulk.doc.transact(() => {
      for (let i = 0; i < 4_999; i++) {
        bulk.entries.set(randomBase64url(16), {
          gate: 'Finish',
          time: start + i,
          method: 'qr',
          format: 'kycvs',
          verdict: 'full',
          tag: randomBase64url(16),
        });
      }
      bulk.entries.set(randomBase64url(16), {
        gate: 'Finish',
        time: start + 5_000,
        method: 'qr',
        format: 'eudcc',
        verdict: 'full',
        tag,
      });
    });
    await untilAllGates(page, 5_000, 30_000);
    bulk.destroy();

    await context.setOffline(true);
    await page.reload();
    await page.getByText('Offline').first().waitFor({ timeout: STEP });
    await untilAllGates(page, 5_000);
    const verdict = await verdictFor(page, code, STEP);
    // An hour ago: the time of day, with its date when that hour was yesterday.
    expect(verdict, verdict).toMatch(/Already checked at Finish, (\d{1,2} \S+ \d{4} )?\d\d:\d\d/);
    await untilAllGates(page, 5_001);
    await page.reload();
    await untilAllGates(page, 5_001);
    await context.setOffline(false);

    const other = await eventClient(link);
    await other.until(5_001);
    expect(other.entries.size).toBe(5_001);
    other.destroy();
  }, 180_000);
});
