/**
 * Load on the simulator (SPEC §3 limits): 100 connections for 30 s of whole OTP flows on a
 * registry of 1,000,000 (every answer must be 2xx), memory before, after and once expired
 * records are purged; then the default rate limit under the same 100 connections, 429s counted
 * against the limit. Method: bench/README.md.
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
import type { BenchModule } from './lib/module.ts';
import { round } from './lib/stats.ts';
import { bearerFor, benchVerifier } from './lib/verifier-client.ts';

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

const mb = (value: number | null | undefined) => (value == null ? null : round(value, 1));

/** The `load` bench module: 30 s of whole flows on 1,000,000 persons, then 10 s rate-limited. */
export const bench: BenchModule = {
  name: 'load',
  title: 'load: 100 connections for 30 s, memory, default rate limit',
  keys: [
    { key: 'load_requests', unit: 'requests' },
    { key: 'load_errors', unit: '', goal: { op: '<=', limit: 0 } },
    { key: 'load_non2xx', unit: '', goal: { op: '<=', limit: 0 } },
    { key: 'load_wrong_status', unit: '', goal: { op: '<=', limit: 0 } },
    { key: 'load_429_expected', unit: '' },
    { key: 'load_429_seen', unit: '' },
    { key: 'load_2xx_with_rate_limit', unit: '' },
    { key: 'mem_rss_mb_before', unit: 'MB' },
    { key: 'mem_rss_mb_after_load', unit: 'MB' },
    { key: 'mem_rss_mb_after_purge', unit: 'MB' },
    { key: 'mem_heap_mb_before', unit: 'MB' },
    { key: 'mem_heap_mb_after_load', unit: 'MB' },
    { key: 'mem_heap_mb_after_purge', unit: 'MB' },
  ],
  async run() {
    const load = await benchLoad(30, 10);
    const { before, afterLoad, afterPurge } = load.memory;
    const residue =
      load.flows.flows > 0
        ? ((afterPurge.heapUsedMb - before.heapUsedMb) * 2 ** 20) / load.flows.flows
        : null;
    return {
      values: {
        load_requests: load.flows.requests,
        load_errors: load.flows.errors + load.flows.timeouts,
        load_non2xx: load.flows.non2xx,
        load_wrong_status: load.flows.wrongStatus,
        load_429_expected: load.rateLimited.expected429,
        load_429_seen: load.rateLimited.byStatus['429'] ?? 0,
        load_2xx_with_rate_limit: load.rateLimited.requests - load.rateLimited.non2xx,
        mem_rss_mb_before: mb(before.procRssMb),
        mem_rss_mb_after_load: mb(afterLoad.procRssMb),
        mem_rss_mb_after_purge: mb(afterPurge.procRssMb),
        mem_heap_mb_before: mb(before.heapUsedMb),
        mem_heap_mb_after_load: mb(afterLoad.heapUsedMb),
        mem_heap_mb_after_purge: mb(afterPurge.heapUsedMb),
      },
      goals: {
        load_429_seen: { op: '==', limit: load.rateLimited.expected429 },
        load_2xx_with_rate_limit: { op: '==', limit: load.rateLimited.expected2xx },
      },
      notes: {
        requests: load.flows.requests,
        flows: load.flows.flows,
        by_status: load.flows.byStatus,
        errors: load.flows.errors,
        timeouts: load.flows.timeouts,
        latency_p50_ms: load.flows.latencyP50Ms,
        latency_p99_ms: load.flows.latencyP99Ms,
        memory: load.memory,
        heap_left_after_purge_bytes_per_flow: residue === null ? null : round(residue, 0),
        rate_limited: {
          requests: load.rateLimited.requests,
          by_status: load.rateLimited.byStatus,
          ok_by_key: load.rateLimited.okByKey,
          expected_2xx: load.rateLimited.expected2xx,
          expected_429: load.rateLimited.expected429,
          errorcodes_of_429: load.rateLimited.rateLimitedCodes,
          errors: load.rateLimited.errors,
        },
      },
    };
  },
};
