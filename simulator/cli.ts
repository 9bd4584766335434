/** `kycvs-simulator`: parses the command line, opens the registry, listens, prints how to use it. */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from './app.ts';
import {
  DEMO_PERSONS,
  SYNTHETIC_MOBILE_BASE,
  statusFromDoses,
  syntheticPerson,
} from './beneficiaries.ts';
import { createHub } from './hub/create-hub.ts';
import { hubUrlOf } from './hub/mount-hub.ts';
import { Registry } from './registry.ts';
import { isLoopback } from './peer.ts';
import { listen } from './server.ts';
import type { Listening } from './server.ts';
import { DEMO_VERIFIER_ID } from './verifiers.ts';

const USAGE = `Usage: kycvs-simulator [options]
  --port N                listen on port N (0 = any free port; default 8080)
  --host HOST             interface to listen on (default 127.0.0.1)
  --data-dir DIR          keys, verifiers, added persons, the event hub's hub/ (default .data)
  --issuer URL            the iss of every token (default http://localhost:PORT)
  --otp-resend-gap S      seconds between two OTPs for one mobile (default 180)
  --rate-limit N          requests per API key per 5 minutes; 0 for none (default 100)
  --persons N             add N synthetic beneficiaries (mobiles ${SYNTHETIC_MOBILE_BASE}+i)
  --holder-token-ttl S    lifetime of holder tokens in seconds (default 604800, 7 days)
  --static-dir DIR        the built PWA to serve at / (default the package's dist/)
  --help                  this text`;

const STATUS_WORDS = ['not vaccinated', 'partially vaccinated', 'fully vaccinated'];

/** The parsed command line. */
export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  issuer?: string;
  otpResendGapS: number;
  rateLimit: number;
  persons: number;
  holderTokenTtlS: number;
  staticDir?: string;
}

function integer(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new Error(`${flag} must be a whole number from 0 to ${max}.`);
  }
  return Number(value);
}

/** Parses argv (without node and script); throws an Error with a readable message when bad. */
export function parseCli(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      issuer: { type: 'string' },
      'otp-resend-gap': { type: 'string' },
      'rate-limit': { type: 'string' },
      persons: { type: 'string' },
      'holder-token-ttl': { type: 'string' },
      'static-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (values.issuer !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(values.issuer)) {
    throw new Error('--issuer must be an http(s) URL.');
  }
  return {
    port: integer(values.port, '--port', 8080, 65535),
    host: values.host ?? '127.0.0.1',
    dataDir: resolve(values['data-dir'] ?? '.data'),
    ...(values.issuer === undefined ? {} : { issuer: values.issuer.replace(/\/+$/, '') }),
    otpResendGapS: integer(values['otp-resend-gap'], '--otp-resend-gap', 180, 86_400),
    rateLimit: integer(values['rate-limit'], '--rate-limit', 100, 1_000_000_000),
    persons: integer(values.persons, '--persons', 0, 10_000_000),
    holderTokenTtlS: integer(values['holder-token-ttl'], '--holder-token-ttl', 604_800, 31_536_000),
    ...(values['static-dir'] === undefined ? {} : { staticDir: resolve(values['static-dir']) }),
  };
}

/** Starts the simulator and prints the URLs, the demo verifier, the demo beneficiaries. */
export async function main(argv: string[]): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(argv);
  } catch (error) {
    console.error(`kycvs-simulator: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }

  if (options.host !== 'localhost' && !isLoopback(options.host)) {
    console.warn(
      `kycvs-simulator: warning: listening on ${options.host}: the registry API (/v3, /api/v3), ` +
        'the keys (/.well-known), the event hub (/hub) and the pages answer the network. /dev (the SMS outbox with ' +
        'its OTPs, persons, verifiers, keys, faults) still answers loopback clients only.',
    );
  }
  const registry = await Registry.create({
    dataDir: options.dataDir,
    issuer: options.issuer,
    otpResendGapS: options.otpResendGapS,
    rateLimit: options.rateLimit,
    persons: options.persons,
    holderTokenTtlS: options.holderTokenTtlS,
    staticDir: options.staticDir,
  });
  const app = createApp(registry);
  let listening: Listening;
  try {
    const hub = await createHub({ dataDir: join(options.dataDir, 'hub') });
    listening = await listen(app, options.port, options.host, hub).catch(async (error) => {
      await hub.close();
      throw error;
    });
  } catch (error) {
    registry.close();
    throw error;
  }
  const baseUrl = `http://localhost:${listening.port}`;
  registry.setBaseUrl(baseUrl);

  const lines = [
    '',
    'KYC-VS registry simulator',
    `  Verifier PWA:   ${baseUrl}/  (also http://127.0.0.1:${listening.port}/)`,
    `  Holder page:    ${baseUrl}/v3/vaccination/status/knowYourStatus`,
    `  Registry API:   ${baseUrl}/v3/vaccination/…  (docs: ${baseUrl}/docs, ${baseUrl}/openapi.json)`,
    `  Public keys:    ${baseUrl}/.well-known/jwks.json`,
    `  Issuer (iss):   ${registry.issuer}`,
    `  SMS outbox:     ${baseUrl}/dev/sms?mobile_number=…`,
    `  Event hub:      ${hubUrlOf(baseUrl)}  (SPEC §11, for the tablets of an event)`,
    `  Listening on:   ${options.host}:${listening.port}   data dir: ${options.dataDir}`,
    '',
    'Demo verifier',
    `  Verifier ID:    ${DEMO_VERIFIER_ID}`,
    `  API key:        ${registry.demoApiKey}`,
    '',
    'Demo beneficiaries (mobile, full name, expected status)',
    ...DEMO_PERSONS.map((person) => {
      const status = statusFromDoses(person.doses);
      return `  ${person.mobile}  ${person.fullName.padEnd(14)} ${status} ${STATUS_WORDS[status]}`;
    }),
  ];
  if (options.persons > 0) {
    const last = syntheticPerson(options.persons - 1);
    lines.push(
      `  + ${options.persons} synthetic: mobiles ${SYNTHETIC_MOBILE_BASE}..${last.mobile}` +
        ` (e.g. ${syntheticPerson(0).mobile} ${syntheticPerson(0).fullName})`,
    );
  }
  lines.push('', `KYCVS_READY ${baseUrl}`, '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    registry.close();
    listening.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // Open keep-alive sockets must not hold the process past a stop request.
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code === 'EADDRINUSE' ? 'the port is already in use' : (error as Error).message;
  console.error(`kycvs-simulator: cannot start: ${detail}`);
  process.exit(1);
}
