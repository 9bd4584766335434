/**
 * The throttled bench's instruments: the CPU slowdown of the page and its workers, and the
 * reading of the page's phase probe (bench/browser/phase-probe.ts) into where each sample's time
 * went.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PhaseEvent, PhaseProbe } from '../browser/phase-probe.ts';
import { STEP_TIMEOUT } from './app.ts';
import { median, round } from './stats.ts';

/** The CPU slowdown of a cheap tablet against this machine. */
export const SLOWDOWN = 6;

/** Where one sample's time went, in ms; phases that did not happen are absent. */
export type Phases = Record<string, number>;

export interface Sample {
  totalMs: number;
  phases: Phases;
  verdict: string;
}

export async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return cdp;
}

/** What became of throttling the page's workers as well (a dedicated worker is its own target). */
export interface WorkerThrottle {
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
export async function throttleWorkers(cdp: CDPSession): Promise<WorkerThrottle> {
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

export const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { phaseProbe: PhaseProbe }).phaseProbe);

/**
 * Has Playwright set up its polling script in the page's own world before the timed span:
 * evaluated there on the first `waitForFunction`, it took ~130 ms of the page's thread at 6x,
 * which would count against the app (it fell on the camera's opening).
 */
export async function preparePolling(page: Page): Promise<void> {
  await page.waitForFunction(() => true, undefined, { timeout: STEP_TIMEOUT });
}

/** Waits for the next painted verdict after `count` verdicts and returns the probe's state. */
export async function nextVerdict(page: Page, count: number): Promise<PhaseProbe> {
  await page.waitForFunction(
    (n) => (window as unknown as { phaseProbe: PhaseProbe }).phaseProbe.verdicts.length > n,
    count,
    { timeout: STEP_TIMEOUT },
  );
  return probeOf(page);
}

/** Splits the span from `start` to the painted verdict into the phases the probe saw. */
export function phasesOf(events: PhaseEvent[], start: PhaseEvent['name']): Sample | null {
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
export function medianPhases(samples: Sample[]): Record<string, number | null> {
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
