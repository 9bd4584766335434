/**
 * sim_hello_rps, sim_status_rps, sim_flow_per_s and sim_registry_scaling: each server in its own
 * child process, autocannon here; baseline and measured runs take turns, same shape each.
 */
import { latestOtp, registerVerifier, sha256Hex } from '../test/helpers/registry-client.ts';
import {
  loadFlows,
  loadGet,
  type FlowResult,
  type LoadResult,
  type LoadShape,
} from './lib/load.ts';
import {
  startClockSimulator,
  startHelloServer,
  startHonoHelloServer,
  startSimulatorCli,
  type ChildServer,
} from './lib/processes.ts';
import { median } from './lib/stats.ts';

/** Throughput figures and every run behind them. */
export interface ThroughputResult {
  helloRps: number;
  statusRps: number;
  statusRatio: number;
  /** Hono's own hello (the framework over bare node:http), same rounds. */
  honoHelloRps: number;
  /** The simulator's app without its request log (bench/sim-clock-child.ts --quiet), same rounds. */
  statusQuietRps: number;
  flowPerS1k: number;
  flowPerS1M: number;
  scaling: number;
  shape: LoadShape;
  runs: {
    hello: LoadResult[];
    honoHello: LoadResult[];
    status: LoadResult[];
    statusQuiet: LoadResult[];
    flows1k: FlowResult[];
    flows1M: FlowResult[];
  };
  /** Answers other than 2xx where every answer should have been 2xx. */
  unexpected: Record<string, number>;
  startupMs: { persons1k: number; persons1M: number };
}

/** A verifier of the bench's own on `sim`, and its API key. */
export async function benchVerifier(sim: ChildServer, id: string): Promise<string> {
  return registerVerifier(sim.url, { verifier_id: id, name: `Bench ${id}`, origins: [] });
}

/** A bearer token for a demo beneficiary, through generateOTP and confirmOTP. */
export async function bearerFor(url: string, apiKey: string): Promise<string> {
  const headers = { 'Content-Type': 'application/json', 'X-Api-Key': apiKey };
  const mobile = '9000000001';
  const started = await fetch(`${url}/v3/vaccination/generateOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ mobile_number: mobile, full_name: 'Asha Verma' }),
  });
  if (!started.ok) throw new Error(`generateOTP: ${started.status}`);
  const { txnId } = (await started.json()) as { txnId: string };
  const otp = await latestOtp(url, mobile);
  if (otp === null) throw new Error('no OTP SMS');
  const confirmed = await fetch(`${url}/v3/vaccination/confirmOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ otp: sha256Hex(otp), txnId }),
  });
  if (!confirmed.ok) throw new Error(`confirmOTP: ${confirmed.status}`);
  return ((await confirmed.json()) as { token: string }).token;
}

function tally(into: Record<string, number>, run: LoadResult, label: string): void {
  for (const [code, count] of Object.entries(run.byStatus)) {
    if (!code.startsWith('2')) into[`${label} ${code}`] = (into[`${label} ${code}`] ?? 0) + count;
  }
  if (run.errors > 0) into[`${label} errors`] = (into[`${label} errors`] ?? 0) + run.errors;
}

const say = (line: string) => process.stdout.write(`  ${line}\n`);

/** Runs `rounds` alternating rounds of each comparison. */
export async function benchThroughput(rounds: number, shape: LoadShape): Promise<ThroughputResult> {
  const unexpected: Record<string, number> = {};
  const hello = await startHelloServer();
  const honoHello = await startHonoHelloServer();
  const status = await startSimulatorCli(['--rate-limit', '0', '--otp-resend-gap', '0']);
  const quiet = await startClockSimulator(['--quiet']);
  const helloRuns: LoadResult[] = [];
  const honoRuns: LoadResult[] = [];
  const statusRuns: LoadResult[] = [];
  const quietRuns: LoadResult[] = [];
  try {
    const statusHeaders = async (sim: ChildServer) => {
      const apiKey = await benchVerifier(sim, 'bench-status');
      return { 'X-Api-Key': apiKey, Authorization: `Bearer ${await bearerFor(sim.url, apiKey)}` };
    };
    // Taking turns in every round: the machine is shared, so each comparison sees the same load.
    const contenders = [
      { label: 'hello', url: hello.url, headers: {}, runs: helloRuns },
      { label: 'hono hello', url: honoHello.url, headers: {}, runs: honoRuns },
      {
        label: 'status',
        url: `${status.url}/v3/vaccination/status`,
        headers: await statusHeaders(status),
        runs: statusRuns,
      },
      {
        label: 'status, no log',
        url: `${quiet.url}/v3/vaccination/status`,
        headers: await statusHeaders(quiet),
        runs: quietRuns,
      },
    ];
    // A short warm-up of each, so that all run JIT-compiled code.
    for (const contender of contenders) {
      await loadGet(contender.url, { ...shape, durationS: 1 }, contender.headers);
    }
    for (let i = 0; i < rounds; i++) {
      const line: string[] = [];
      for (const contender of contenders) {
        const run = await loadGet(contender.url, shape, contender.headers);
        contender.runs.push(run);
        tally(unexpected, run, contender.label);
        line.push(`${contender.label} ${run.rps.toFixed(0)}`);
      }
      say(`round ${i + 1}/${rounds} (req/s): ${line.join(', ')}`);
    }
  } finally {
    await Promise.all([hello.stop(), honoHello.stop(), status.stop(), quiet.stop()]);
  }

  const flows1k: FlowResult[] = [];
  const flows1M: FlowResult[] = [];
  const startupMs = { persons1k: 0, persons1M: 0 };
  const common = ['--rate-limit', '0', '--otp-resend-gap', '0', '--persons'];
  // Fresh simulators each round: a mobile gets at most 10 OTP SMS an hour (SPEC §3), and the
  // 1,000-person registry would run out of mobiles within a few rounds.
  for (let i = 0; i < rounds; i++) {
    let started = performance.now();
    const small = await startSimulatorCli([...common, '1000']);
    startupMs.persons1k = performance.now() - started;
    started = performance.now();
    const large = await startSimulatorCli([...common, '1000000']);
    startupMs.persons1M = performance.now() - started;
    try {
      const sims = {
        '1k': { sim: small, size: 1000, key: await benchVerifier(small, 'bench-flows'), next: 0 },
        '1M': {
          sim: large,
          size: 1_000_000,
          key: await benchVerifier(large, 'bench-flows'),
          next: 0,
        },
      };
      for (const entry of Object.values(sims)) {
        const warm = await loadFlows(
          entry.sim.url,
          entry.key,
          { ...shape, durationS: 1 },
          {
            size: entry.size,
            firstFlow: 0,
          },
        );
        entry.next = warm.flows + shape.connections;
      }
      // Turn about, so that neither registry always runs on a machine warmed by the other.
      for (const which of i % 2 === 0 ? (['1k', '1M'] as const) : (['1M', '1k'] as const)) {
        const entry = sims[which];
        const run = await loadFlows(entry.sim.url, entry.key, shape, {
          size: entry.size,
          firstFlow: entry.next,
        });
        (which === '1k' ? flows1k : flows1M).push(run);
        tally(unexpected, run, `flows ${which}`);
        say(
          `round ${i + 1}/${rounds}: ${which === '1k' ? '1,000' : '1,000,000'} persons ` +
            `${run.flowsPerS.toFixed(0)} flows/s (non-2xx ${run.non2xx})`,
        );
      }
    } finally {
      await small.stop();
      await large.stop();
    }
  }

  const helloRps = median(helloRuns.map((run) => run.rps));
  const statusRps = median(statusRuns.map((run) => run.rps));
  const flowPerS1k = median(flows1k.map((run) => run.flowsPerS));
  const flowPerS1M = median(flows1M.map((run) => run.flowsPerS));
  return {
    helloRps,
    statusRps,
    statusRatio: median(helloRuns.map((run, i) => statusRuns[i]!.rps / run.rps)),
    honoHelloRps: median(honoRuns.map((run) => run.rps)),
    statusQuietRps: median(quietRuns.map((run) => run.rps)),
    flowPerS1k,
    flowPerS1M,
    scaling: median(flows1k.map((run, i) => flows1M[i]!.flowsPerS / run.flowsPerS)),
    shape,
    runs: {
      hello: helloRuns,
      honoHello: honoRuns,
      status: statusRuns,
      statusQuiet: quietRuns,
      flows1k,
      flows1M,
    },
    unexpected,
    startupMs,
  };
}
