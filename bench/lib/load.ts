/**
 * autocannon in the bench process: plain GETs and the whole OTP flow (generateOTP, the SMS
 * from /dev/sms, confirmOTP, status) on many mobiles, counting answers by status.
 */
import autocannon from 'autocannon';
import { syntheticPerson } from '../../simulator/beneficiaries.ts';
import { sha256Hex } from '../../test/helpers/registry-client.ts';

/** What one autocannon run served. */
export interface LoadResult {
  durationS: number;
  requests: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  byStatus: Record<string, number>;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

/** Completed OTP flows on top of a load result. */
export interface FlowResult extends LoadResult {
  flows: number;
  flowsPerS: number;
  /** Flows whose status answer was 200 but carried a status other than the registry's. */
  wrongStatus: number;
}

/** Shape of the load: connections and seconds, the same for a baseline and a measured run. */
export interface LoadShape {
  connections: number;
  durationS: number;
}

function summarise(result: autocannon.Result): LoadResult {
  const byStatus: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    byStatus[code] = stats.count ?? 0;
  }
  const requests = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  return {
    durationS: result.duration,
    requests,
    rps: requests / result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    byStatus,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}

/** GETs `path` as fast as `shape` allows. */
export async function loadGet(
  url: string,
  shape: LoadShape,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: shape.connections,
    duration: shape.durationS,
    headers,
  });
  return summarise(result);
}

/**
 * Which synthetic beneficiary the k-th flow uses: a stride prime to the registry's size walks
 * it in a scattered order, every index once before any repeats.
 */
export function personIndex(k: number, registrySize: number): number {
  const stride = registrySize > 1_000 ? 999_983 : 997;
  return Number((BigInt(k) * BigInt(stride)) % BigInt(registrySize));
}

/** autocannon starts the request sequence over when `setupRequest` returns a falsy value. */
const RESTART = null as unknown as autocannon.Request;

interface FlowContext {
  mobile?: string;
  expected?: number;
  txnId?: string;
  otpHash?: string;
  token?: string;
  failed?: boolean;
}

/**
 * The desk flow for one synthetic beneficiary per round, on every connection: 4 requests, the
 * OTP read from the simulator's SMS outbox. A failed step restarts the flow with a new person.
 */
export async function loadFlows(
  url: string,
  apiKey: string,
  shape: LoadShape,
  registry: { size: number; firstFlow: number },
): Promise<FlowResult> {
  let next = registry.firstFlow;
  let flows = 0;
  let wrongStatus = 0;
  const json = { 'content-type': 'application/json', 'x-api-key': apiKey };
  const parse = (body: string): Record<string, unknown> => {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const result = await autocannon({
    url,
    connections: shape.connections,
    duration: shape.durationS,
    requests: [
      {
        method: 'POST',
        path: '/v3/vaccination/generateOTP',
        setupRequest: (request, context: FlowContext) => {
          const person = syntheticPerson(personIndex(next++, registry.size));
          context.mobile = person.mobile;
          context.expected = person.status;
          context.failed = false;
          return {
            ...request,
            headers: json,
            body: JSON.stringify({ mobile_number: person.mobile, full_name: person.fullName }),
          };
        },
        onResponse: (status, body, context: FlowContext) => {
          context.failed = status !== 200;
          context.txnId = String(parse(body).txnId);
        },
      },
      {
        method: 'GET',
        setupRequest: (request, context: FlowContext) =>
          context.failed
            ? RESTART
            : { ...request, path: `/dev/sms?mobile_number=${context.mobile}` },
        onResponse: (status, body, context: FlowContext) => {
          const outbox = parse(body) as unknown as { text?: string }[];
          const otp = Array.isArray(outbox) ? /\b(\d{6})\b/.exec(outbox[0]?.text ?? '') : null;
          context.failed = status !== 200 || otp === null;
          if (otp) context.otpHash = sha256Hex(otp[1]!);
        },
      },
      {
        method: 'POST',
        path: '/v3/vaccination/confirmOTP',
        setupRequest: (request, context: FlowContext) =>
          context.failed
            ? RESTART
            : {
                ...request,
                headers: json,
                body: JSON.stringify({ otp: context.otpHash, txnId: context.txnId }),
              },
        onResponse: (status, body, context: FlowContext) => {
          context.failed = status !== 200;
          context.token = String(parse(body).token);
        },
      },
      {
        method: 'GET',
        path: '/v3/vaccination/status',
        setupRequest: (request, context: FlowContext) =>
          context.failed
            ? RESTART
            : {
                ...request,
                headers: { 'x-api-key': apiKey, authorization: `Bearer ${context.token}` },
              },
        onResponse: (status, body, context: FlowContext) => {
          if (status !== 200) return;
          flows++;
          if (parse(body).vaccination_status !== context.expected) wrongStatus++;
        },
      },
    ],
  });
  const summary = summarise(result);
  return { ...summary, flows, flowsPerS: flows / summary.durationS, wrongStatus };
}

/** A status load spread over several keys, with the errorCode of every 429 counted. */
export interface KeyedLoadResult extends LoadResult {
  /** 429 answers by their `errorCode`. */
  rateLimitedCodes: Record<string, number>;
  /** 2xx answers per key, in the order the keys were given. */
  okByKey: number[];
}

/** GET status on every connection, each connection bound to one of `keys` in turn. */
export async function loadStatusOverKeys(
  url: string,
  keys: readonly { apiKey: string; bearer: string }[],
  shape: LoadShape,
): Promise<KeyedLoadResult> {
  let assigned = 0;
  const rateLimitedCodes: Record<string, number> = {};
  const okByKey = keys.map(() => 0);
  const result = await autocannon({
    url,
    connections: shape.connections,
    duration: shape.durationS,
    requests: [
      {
        method: 'GET',
        path: '/v3/vaccination/status',
        setupRequest: (request, context: { key?: number }) => {
          context.key ??= assigned++ % keys.length;
          const { apiKey, bearer } = keys[context.key]!;
          return {
            ...request,
            headers: { 'x-api-key': apiKey, authorization: `Bearer ${bearer}` },
          };
        },
        onResponse: (status, body, context: { key?: number }) => {
          if (status >= 200 && status < 300) okByKey[context.key!]!++;
          if (status !== 429) return;
          let code = 'unparsable';
          try {
            code = String((JSON.parse(body) as { errorCode?: unknown }).errorCode);
          } catch {
            // counted as unparsable
          }
          rateLimitedCodes[code] = (rateLimitedCodes[code] ?? 0) + 1;
        },
      },
    ],
  });
  return { ...summarise(result), rateLimitedCodes, okByKey };
}
