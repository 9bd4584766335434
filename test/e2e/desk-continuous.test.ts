/**
 * The continuous gate session (SPEC §2 B, §5 repeats by iss + jti), in a real Chromium served by the real simulator: twenty QR codes shown in
 * turn to one fake camera are each read and verified in one continuous session (the camera is
 * never restarted), the time from "Next" to a live scanner is measured per code (median printed,
 * no timed assertion), a code seen again is flagged "Already checked", and the CSV export holds
 * no full name and no mobile number.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser.ts';
import { blankFrame, qrMatrix, qrTextFor, renderFrame, writeY4m } from '../helpers/qr-frames.ts';
import {
  STEP_TIMEOUT,
  configure,
  median,
  openDeskBrowser,
  startDeskWorld,
  type DeskWorld,
} from './desk-fixtures.ts';

const WIDTH = 480;
const HEIGHT = 360;
const FPS = 5;
/** Frames each code stays in view (1.4 s) and blank frames between codes (0.6 s). */
const HOLD_FRAMES = 7;
const GAP_FRAMES = 3;

const HEADINGS = ['Not vaccinated', 'Partially vaccinated', 'Fully vaccinated'] as const;

let world: DeskWorld;

/** One fake-camera file showing every person's code in turn, blank frames between. */
function queueCamera(): string {
  const blank = blankFrame(WIDTH, HEIGHT);
  const frames: Uint8Array[] = [];
  world.people.forEach((person, index) => {
    const matrix = qrMatrix(qrTextFor(person.token), 'M');
    const code = renderFrame(matrix, { width: WIDTH, height: HEIGHT, noise: 4, seed: index + 1 });
    for (let i = 0; i < GAP_FRAMES; i++) frames.push(blank);
    for (let i = 0; i < HOLD_FRAMES; i++) frames.push(code);
  });
  const path = join(world.workDir, 'queue.y4m');
  writeY4m(path, frames, WIDTH, HEIGHT, FPS);
  return path;
}

describeBrowser('front desk: continuous camera scanning', () => {
  beforeAll(async () => {
    world = await startDeskWorld(20);
  }, 120_000);

  afterAll(async () => {
    await world?.sim.stop();
    if (world) rmSync(world.workDir, { recursive: true, force: true });
  });

  it('gives each of 20 codes a verdict in one camera session, flags a repeat, exports a clean CSV', async () => {
    const { browser, page } = await openDeskBrowser(world, queueCamera());
    try {
      // Every change of the scanner's state, with its time, and every camera opening.
      await page.addInitScript(() => {
        const media = navigator.mediaDevices;
        const open = media.getUserMedia.bind(media);
        (window as unknown as { __cameraOpens: number }).__cameraOpens = 0;
        media.getUserMedia = (constraints) => {
          (window as unknown as { __cameraOpens: number }).__cameraOpens += 1;
          return open(constraints);
        };
        const log: { state: string | null; at: number }[] = [];
        (window as unknown as { __scanStates: typeof log }).__scanStates = log;
        new MutationObserver((records) => {
          for (const record of records) {
            const state = (record.target as Element).getAttribute('data-scanner');
            log.push({ state, at: performance.now() });
          }
        }).observe(document, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-scanner'],
        });
      });
      await configure(page, world);
      await page.getByRole('button', { name: 'Scan QR' }).click();

      const seen = new Set<string>();
      const nextToLive: number[] = [];
      let repeatFlagged = false;
      let verdicts = 0;
      const deadline = Date.now() + 200_000;
      while ((seen.size < world.people.length || !repeatFlagged) && Date.now() < deadline) {
        const status = page.getByRole('status');
        await status.waitFor({ timeout: 60_000 });
        const text = (await status.textContent()) ?? '';
        const clickedAt = await page.evaluate(() => {
          const next = [...document.querySelectorAll('button')].find(
            (button) => button.textContent === 'Next',
          )!;
          const at = performance.now();
          next.click();
          return at;
        });
        verdicts += 1;
        const person = world.people.find((candidate) => text.includes(candidate.fullName));
        expect(person, `a verdict naming one of the people: ${text.slice(0, 80)}`).toBeDefined();
        expect(text.startsWith(HEADINGS[person!.status])).toBe(true);
        if (seen.has(person!.fullName)) {
          expect(text).toMatch(/Already checked at \d{2}:\d{2}/);
          repeatFlagged = true;
        } else {
          expect(text).not.toContain('Already checked');
          seen.add(person!.fullName);
        }
        const liveAt = await page.waitForFunction(
          (after) =>
            (
              window as unknown as { __scanStates: { state: string | null; at: number }[] }
            ).__scanStates.find((entry) => entry.state === 'live' && entry.at > after)?.at,
          clickedAt,
          { timeout: STEP_TIMEOUT },
        );
        nextToLive.push(((await liveAt.jsonValue()) as number) - clickedAt);
      }
      expect(seen.size).toBe(world.people.length);
      expect(repeatFlagged).toBe(true);
      // One camera opening for the whole queue: it stayed open across every verdict.
      expect(
        await page.evaluate(() => (window as unknown as { __cameraOpens: number }).__cameraOpens),
      ).toBe(1);
      console.info(
        `continuous scanning: ${verdicts} verdicts for ${seen.size} codes; "Next" to live scanner ` +
          `median ${median(nextToLive).toFixed(0)} ms (min ${Math.min(...nextToLive).toFixed(0)}, ` +
          `max ${Math.max(...nextToLive).toFixed(0)})`,
      );

      // The log, exported: every check, and nothing that names or reaches the holder.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Settings' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^kycvs-log-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      const rows = csv.trim().split('\r\n');
      expect(rows[0]).toBe('time,method,verdict,status,id hash,initials,format');
      expect(rows.length - 1).toBe(verdicts);
      expect(rows.filter((row) => row.includes(',repeat,')).length).toBeGreaterThanOrEqual(1);
      for (const person of world.people) {
        expect(csv).not.toContain(person.fullName);
        for (const part of person.fullName.split(' ')) expect(csv).not.toContain(part);
        expect(csv).not.toContain(person.mobile);
        expect(csv).not.toContain(person.token.split('.')[1]!);
      }
      for (const row of rows.slice(1)) {
        expect(row).toMatch(
          /^\d{4}-\d{2}-\d{2}T[\d:.]+Z,qr,(pass|repeat),[012],[0-9a-f]{64},[A-Z]\.[A-Z]\.,kycvs$/,
        );
      }
    } finally {
      await browser.close();
    }
  }, 300_000);
});
