/**
 * A full day at the gate: one camera session in Chromium reads 1,000 holder QR codes one after
 * another (different holders, repeats mixed in), paced by "Next". soak_codes (verdicts that were
 * right), soak_heap_growth_mb (JS heap after a forced GC, from the 100th to the 1,000th code),
 * soak_next_to_live_p95_ms; the IndexedDB log holds an entry per check, and the retention purge
 * still removes an old entry. Method: bench/README.md.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { withSigningRegistry } from './lib/holder.ts';
import { qrMatrix, qrTextFor, renderFrame } from '../test/helpers/qr-frames.ts';
import { STEP_TIMEOUT, firstVisit, launchWithCamera, newAppContext } from './lib/app.ts';
import { say, type BenchModule } from './lib/module.ts';
import { median, percentile, round } from './lib/stats.ts';
import { heapAfterGc, logStats, addStaleEntry, SOAK_PAGE } from './lib/soak-page.ts';

/** 1,000 codes; `SOAK_CODES` shortens a trial run of the bench itself. */
const CODES = Number(process.env.SOAK_CODES ?? 1000);
/** Every fifth code from the 20th on shows a holder seen earlier (not the one just before). */
const REPEAT_EVERY = 5;
/** Camera: 320x240, four frames a second, each code for one frame (0.25 s), looped by Chromium. */
const WIDTH = 320;
const HEIGHT = 240;
const FPS = 4;
/** Whole pixels per module: a version-13 code with its quiet zone is 231 px high. */
const MODULE_PX = 3;
const HEAP_AT = [...new Set([100, 250, 500, 750, CODES])].filter((at) => at <= CODES);
const HEADLINES = ['Not vaccinated', 'Partially vaccinated', 'Fully vaccinated'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Older than the default 30-day retention: the purge at the next start must remove it. */
const STALE_AGE_MS = 40 * DAY_MS;

interface Holder {
  name: string;
  status: 0 | 1 | 2;
  token: string;
}

/** The order codes are shown in: an index into the holders for each code. */
function showOrder(): number[] {
  const order: number[] = [];
  let fresh = 0;
  for (let i = 0; i < CODES; i++) {
    if (i >= 20 && i % REPEAT_EVERY === REPEAT_EVERY - 1) {
      order.push(order[i - 7 - (i % 11)]!);
    } else {
      order.push(fresh++);
    }
  }
  return order;
}

/** Signs a holder token for each holder with the simulator's own key, on its data dir. */
async function signHolders(baseUrl: string, dataDir: string, count: number): Promise<Holder[]> {
  return withSigningRegistry(baseUrl, dataDir, async (registry) => {
    const holders: Holder[] = [];
    for (let i = 0; i < count; i++) {
      // Four digits each: no holder's name is part of another's.
      const name = `Soak Holder ${String(i).padStart(4, '0')} Rao`;
      const status = (i % 7 === 6 ? 0 : i % 5 === 3 ? 1 : 2) as Holder['status'];
      const mobile = `97${String(10_000_000 + i).padStart(8, '0')}`;
      holders.push({
        name,
        status,
        token: await registry.signHolderToken({ mobile, fullName: name, status }),
      });
    }
    return holders;
  });
}

/** Streams the camera file frame by frame (about 115 kB a frame), so memory stays flat. */
function writeQueue(path: string, holders: Holder[], order: number[]): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${WIDTH} H${HEIGHT} F${FPS}:1 Ip A1:1 C420jpeg\n`);
    const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
    for (const [index, holder] of order.entries()) {
      const matrix = qrMatrix(qrTextFor(holders[holder]!.token), 'M');
      const luma = renderFrame(matrix, {
        width: WIDTH,
        height: HEIGHT,
        moduleSize: MODULE_PX,
        noise: 4,
        seed: index + 1,
      });
      writeSync(fd, 'FRAME\n');
      writeSync(fd, luma);
      writeSync(fd, chroma);
    }
  } finally {
    closeSync(fd);
  }
}

/** The `soak` bench module. */
export const bench: BenchModule = {
  name: 'soak',
  title: `a full day at the gate: ${CODES} codes in one camera session, paced by "Next"`,
  keys: [
    { key: 'soak_codes', unit: 'right verdicts', goal: { op: '==', limit: CODES } },
    { key: 'soak_heap_growth_mb', unit: 'MB (100th to 1,000th)', goal: { op: '<=', limit: 10 } },
    { key: 'soak_next_to_live_p95_ms', unit: 'ms', goal: { op: '<=', limit: 1000 } },
    { key: 'soak_log_entries_missing', unit: '', goal: { op: '==', limit: 0 } },
    { key: 'soak_retention_purge_ok', unit: '(1 yes)', goal: { op: '==', limit: 1 } },
    { key: 'soak_camera_opens', unit: '(one session)', goal: { op: '==', limit: 1 } },
  ],
  async run(context) {
    const app = await context.app();
    const order = showOrder();
    const holders = await signHolders(app.url, app.dataDir, Math.max(...order) + 1);
    const camera = join(context.work, 'soak.y4m');
    writeQueue(camera, holders, order);
    say(`${holders.length} holders, ${CODES - holders.length} repeats, camera file written`);

    const byName = new Map(holders.map((holder, index) => [holder.name, index]));
    const browser = await launchWithCamera(camera);
    try {
      const browserContext = await newAppContext(browser, app.appUrl);
      await browserContext.addInitScript({ content: SOAK_PAGE });
      const page = await browserContext.newPage();
      await firstVisit(page, app.appUrl);
      const began = Date.now();
      await addStaleEntry(page, began - STALE_AGE_MS);
      const cdp = await browserContext.newCDPSession(page);
      await page.getByRole('button', { name: 'Scan QR' }).click();

      const seen = new Set<number>();
      const wrong: string[] = [];
      const nextToLive: number[] = [];
      const heap: Record<number, number> = {};
      let repeats = 0;
      let lastHolder = -1;
      let skipped = 0;
      let expectedNext = 0;
      let code = 0;
      for (const stop of HEAP_AT) {
        const batch = await page.evaluate(
          (n) =>
            (
              window as unknown as {
                __soakRun(n: number): Promise<{ text: string; nextToLiveMs: number }[]>;
              }
            ).__soakRun(n),
          stop - code,
        );
        for (const { text, nextToLiveMs } of batch) {
          code++;
          nextToLive.push(nextToLiveMs);
          const name = /Soak Holder \d{4} Rao/.exec(text)?.[0];
          const holder = name === undefined ? undefined : byName.get(name);
          if (holder === undefined) {
            wrong.push(`code ${code}: no holder named in "${text.slice(0, 60)}"`);
            continue;
          }
          const again = seen.has(holder);
          const right =
            text.startsWith(HEADLINES[holders[holder]!.status]) &&
            again === /Already checked/.test(text) &&
            holder !== lastHolder;
          if (!right) wrong.push(`code ${code}: "${text.slice(0, 70)}"`);
          if (again) repeats++;
          seen.add(holder);
          lastHolder = holder;
          // Where in the camera's queue this code was, to count the codes the pace skipped.
          const at = order.indexOf(holder, expectedNext);
          if (at >= expectedNext) {
            skipped += at - expectedNext;
            expectedNext = at + 1;
          }
        }
        heap[stop] = await heapAfterGc(cdp);
        say(`code ${stop}: heap ${heap[stop]!.toFixed(1)} MB after GC, ${wrong.length} wrong`);
      }

      const cameraOpens = await page.evaluate(
        () => (window as unknown as { __cameraOpens: number }).__cameraOpens,
      );
      const log = await logStats(page, began);
      // The purge runs when the app starts: reload and wait for the stale entry to go.
      await page.reload();
      await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
      let after = await logStats(page, began);
      for (let i = 0; i < 50 && after.stale > 0; i++) {
        await page.waitForTimeout(100);
        after = await logStats(page, began);
      }
      const purged = log.stale === 1 && after.stale === 0 && after.since === log.since;
      const right = CODES - wrong.length;
      const growth = heap[CODES]! - heap[100]!;
      return {
        values: {
          soak_codes: right,
          soak_heap_growth_mb: round(growth, 1),
          soak_next_to_live_p95_ms: round(percentile(nextToLive, 95), 0),
          soak_log_entries_missing: CODES - log.since,
          soak_retention_purge_ok: purged ? 1 : 0,
          soak_camera_opens: cameraOpens,
        },
        reasons: {
          soak_codes: `${wrong.length} wrong: ${wrong.slice(0, 3).join('; ')}`,
          soak_retention_purge_ok: `stale entries before ${log.stale}, after restart ${after.stale}`,
        },
        notes: {
          codes_shown: CODES,
          holders: holders.length,
          repeats_read: repeats,
          distinct_read: seen.size,
          skipped_by_pace: skipped,
          camera: `${WIDTH}x${HEIGHT}, ${FPS} fps, one frame per code, ${MODULE_PX} px a module`,
          heap_mb_after_gc: Object.fromEntries(
            Object.entries(heap).map(([at, mb]) => [at, round(mb, 2)]),
          ),
          next_to_live_ms: {
            median: round(median(nextToLive), 0),
            p95: round(percentile(nextToLive, 95), 0),
            max: round(Math.max(...nextToLive), 0),
          },
          log: { entries_for_the_soak: log.since, by_verdict: log.verdicts, after_restart: after },
          wrong: wrong.slice(0, 20),
        },
      };
    } finally {
      await browser.close();
    }
  },
};
