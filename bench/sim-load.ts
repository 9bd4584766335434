/**
 * Load on the simulator (SPEC §3 limits): 100 connections for 30 s of whole OTP flows on a registry of 1,000,000
 * (every answer must be 2xx), memory before, after and once expired records are purged; then
 * the default rate limit under the same 100 connections, 429s counted against the limit.
 */
import type { ClockRequest, MemoryReport } from './sim-clock-child.ts';
import {
  loadFlows,
  loadStatusOverKeys,
  type FlowResult,
  type KeyedLoadResult,
} from './lib/load.ts';
import {
  rssMb,
  startClockSimulator,
  startSimulatorCli,
  type ChildServer,
} from './lib/processes.ts';
import { bearerFor, benchVerifier } from './sim-throughput.ts';

/** The default limit of SPEC §3: requests per key per 5 minutes. */
const DEFAULT_RATE_LIMIT = 100;
/** Requests each key spends before the load: generateOTP and confirmOTP for its bearer. */
const SETUP_REQUESTS_PER_KEY = 2;
/** Past every lifetime the registry keeps: bearer 15 min, hourly SMS counters 1 h. */
const PURGE_ADVANCE_MS = 61 * 60 * 1000;

/** Memory of the simulator at one moment. */
export interface MemoryPoint extends MemoryReport {
  /** VmRSS from /proc, as the OS sees the process. */
  procRssMb: number | null;
}

/** What the load phases showed. */
export interface LoadPhases {
  flows: FlowResult;
  memory: { before: MemoryPoint; afterLoad: MemoryPoint; afterPurge: MemoryPoint };
  rateLimited: KeyedLoadResult & { keys: number; expected2xx: number; expected429: number };
}

function ask(sim: ChildServer, request: ClockRequest): Promise<MemoryPoint> {
  return new Promise((resolvePromise) => {
    sim.child.once('message', (report: MemoryReport) =>
      resolvePromise({ ...report, procRssMb: rssMb(sim.pid) }),
    );
    sim.child.send(request);
  });
}

const say = (line: string) => process.stdout.write(`  ${line}\n`);

/** Runs both phases. */
export async function benchLoad(durationS: number, limitPhaseS: number): Promise<LoadPhases> {
  const sim = await startClockSimulator(['--persons', '1000000']);
  let flows: FlowResult;
  let memory: LoadPhases['memory'];
  try {
    const apiKey = await benchVerifier(sim, 'bench-load');
    const before = await ask(sim, { type: 'memory' });
    say(
      `memory before: heap ${before.heapUsedMb.toFixed(1)} MB, RSS ${before.procRssMb?.toFixed(1)} MB`,
    );
    flows = await loadFlows(
      sim.url,
      apiKey,
      { connections: 100, durationS },
      { size: 1_000_000, firstFlow: 0 },
    );
    say(
      `${durationS} s, 100 connections: ${flows.requests} requests, ${flows.flows} flows, ` +
        `non-2xx ${flows.non2xx}, errors ${flows.errors}`,
    );
    const afterLoad = await ask(sim, { type: 'memory' });
    const afterPurge = await ask(sim, { type: 'advance', ms: PURGE_ADVANCE_MS });
    say(
      `memory after load: heap ${afterLoad.heapUsedMb.toFixed(1)} MB; after purge: heap ` +
        `${afterPurge.heapUsedMb.toFixed(1)} MB (bearers ${afterPurge.bearers}, ` +
        `transactions ${afterPurge.transactions})`,
    );
    memory = { before, afterLoad, afterPurge };
  } finally {
    await sim.stop();
  }

  const limited = await startSimulatorCli(['--otp-resend-gap', '0']);
  try {
    const keys = [];
    for (let i = 0; i < 4; i++) {
      const apiKey = await benchVerifier(limited, `bench-limit-${i}`);
      keys.push({ apiKey, bearer: await bearerFor(limited.url, apiKey) });
    }
    const run = await loadStatusOverKeys(limited.url, keys, {
      connections: 100,
      durationS: limitPhaseS,
    });
    const expected2xx = keys.length * (DEFAULT_RATE_LIMIT - SETUP_REQUESTS_PER_KEY);
    say(
      `default rate limit, ${keys.length} keys, 100 connections, ${limitPhaseS} s: ` +
        `${run.requests} requests, 2xx ${run.requests - run.non2xx} (expected ${expected2xx}), ` +
        `429 ${run.byStatus['429'] ?? 0} (expected ${run.requests - expected2xx})`,
    );
    return {
      flows,
      memory,
      rateLimited: {
        ...run,
        keys: keys.length,
        expected2xx,
        expected429: run.requests - expected2xx,
      },
    };
  } finally {
    await limited.stop();
  }
}
