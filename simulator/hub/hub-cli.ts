/**
 * `npm run hub` (SPEC §11): one event hub alone on a port, persisted in `<data-dir>/hub.sqlite`,
 * optionally sharing its documents with other hubs through Redis. Prints one line with its URL;
 * SIGINT and SIGTERM store everything and exit 0. Bad flags exit 2, a failed start exits 1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLoopback } from '../peer.ts';
import { createHub } from './create-hub.ts';
import { HUB_PATH, listenHub } from './mount-hub.ts';
import type { ListeningHub } from './mount-hub.ts';
import { parseRedisUrl } from './redis-url.ts';
import { DEFAULT_MAX_EVENTS } from './token-check.ts';

const USAGE = `Usage: kycvs-hub [options]
  --port N          listen on port N (0 = any free port; default 1234)
  --host HOST       interface to listen on (default 127.0.0.1)
  --data-dir DIR    where hub.sqlite lives (default .hub-data)
  --redis URL       redis://host:port: act as one hub with every hub on that Redis
  --max-events N    events the hub registers at most (default 10000)
  --help            this text`;

/** The parsed command line. */
export interface HubCliOptions {
  port: number;
  host: string;
  dataDir: string;
  redis?: string;
  maxEvents: number;
}

/** Parses argv (without node and script); throws an Error with a readable message when bad. */
export function parseHubCli(argv: string[]): HubCliOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      redis: { type: 'string' },
      'max-events': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}.`);
  const port = values.port ?? '1234';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    throw new Error('--port must be a whole number from 0 to 65535.');
  }
  if (values.host === '') throw new Error('--host must name an interface.');
  if (values['data-dir'] === '') throw new Error('--data-dir must name a directory.');
  if (values.redis !== undefined) parseRedisUrl(values.redis);
  const maxEvents = values['max-events'] ?? String(DEFAULT_MAX_EVENTS);
  if (!/^\d{1,9}$/.test(maxEvents) || Number(maxEvents) < 1) {
    throw new Error('--max-events must be a whole number from 1 to 999999999.');
  }
  return {
    port: Number(port),
    host: values.host ?? '127.0.0.1',
    dataDir: resolve(values['data-dir'] ?? '.hub-data'),
    ...(values.redis === undefined ? {} : { redis: values.redis }),
    maxEvents: Number(maxEvents),
  };
}

/** The host a tablet on this machine would use in the hub's URL. */
function shownHost(host: string): string {
  if (host === 'localhost' || host === '0.0.0.0' || host === '::' || isLoopback(host)) {
    return 'localhost';
  }
  return host.includes(':') ? `[${host}]` : host;
}

/** Runs the hub until SIGINT or SIGTERM. */
export async function main(argv: string[]): Promise<void> {
  let options: HubCliOptions | 'help';
  try {
    options = parseHubCli(argv);
  } catch (error) {
    console.error(`kycvs-hub: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  let listening: ListeningHub;
  try {
    const hub = await createHub({
      dataDir: options.dataDir,
      redis: options.redis,
      maxEvents: options.maxEvents,
    });
    try {
      listening = await listenHub(hub, options.port, options.host);
    } catch (error) {
      await hub.close();
      throw error;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'EADDRINUSE' ? 'the port is already in use' : (error as Error).message;
    console.error(`kycvs-hub: cannot start: ${detail}`);
    process.exit(1);
  }
  const url = `ws://${shownHost(options.host)}:${listening.port}${HUB_PATH}`;
  const redis = options.redis === undefined ? '' : `, Redis ${options.redis}`;
  console.log(`KYC-VS event hub: ${url}  (data dir ${options.dataDir}${redis})`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    listening.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`kycvs-hub: could not store everything: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
