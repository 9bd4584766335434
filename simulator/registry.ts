/** The simulated registry: every service the routes use, wired once, with an injectable clock. */
import { createBatchedLog } from './log.ts';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DESK_TOKEN_TTL_S, HOLDER_TOKEN_TTL_S } from '../src/protocol/claims.ts';
import type { StatusClaims } from '../src/protocol/claims.ts';
import { Beneficiaries } from './beneficiaries.ts';
import { CredentialIssuers } from './issuers/index.ts';
import { TrustListPublisher } from './issuers/publisher.ts';
import type { Beneficiary } from './beneficiaries.ts';
import { SigningKeys } from './keys.ts';
import { Faults, RateLimiter } from './limits.ts';
import { lockDataDir } from './lock.ts';
import { DEFAULT_OTP_LIMITS, OtpService } from './otp.ts';
import { PageTokens } from './page-tokens.ts';
import { SmsOutbox } from './sms.ts';
import { Verifiers } from './verifiers.ts';

/** The package's built PWA, served at `/` unless told otherwise. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const DEFAULT_BASE_URL = 'http://localhost:8080';

/** How the registry is set up; everything but `dataDir` has a default. */
export interface RegistryOptions {
  /** Where keys, verifiers and /dev persons are kept. */
  dataDir: string;
  /** The base URL clients reach the simulator at (http://localhost:PORT). */
  baseUrl?: string;
  /** The `iss` of every token; defaults to the base URL. */
  issuer?: string;
  /** Seconds between two OTPs for one mobile (default 180). */
  otpResendGapS?: number;
  /** Requests per API key per 5 minutes; 0 for none (default 100). */
  rateLimit?: number;
  /** How many synthetic beneficiaries to add. */
  persons?: number;
  /** Lifetime of holder tokens, in seconds (default 7 days). */
  holderTokenTtlS?: number;
  /** The built PWA. */
  staticDir?: string;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** A number in [0, 1) for fault injection. */
  random?: () => number;
  /** Waits for injected latency. */
  sleep?: (ms: number) => Promise<void>;
  /** Where request lines and SMS go (the console by default). */
  log?: (line: string) => void;
  /** How often expired records are swept; 0 for never (tests sweep by hand). */
  sweepIntervalMs?: number;
}

/** Everything the routes need. */
export class Registry {
  /** The demo verifier's API key (stable across restarts on one data dir). */
  demoApiKey: string;
  private baseUrlValue: string;
  private readonly fixedIssuer: string | undefined;
  private readonly sweeper: NodeJS.Timeout | undefined;
  /** The holder page's single-use tokens. */
  readonly pageTokens: PageTokens;

  private constructor(
    readonly options: RegistryOptions,
    readonly keys: SigningKeys,
    readonly beneficiaries: Beneficiaries,
    readonly verifiers: Verifiers,
    readonly outbox: SmsOutbox,
    readonly otp: OtpService,
    readonly rateLimiter: RateLimiter,
    readonly faults: Faults,
    /** The test issuers of CoWIN certificates, EU DCCs and SMART Health Cards (SPEC §9). */
    readonly credentials: CredentialIssuers,
    /** The signed trust list of those issuers, with the codes revoked (SPEC §10). */
    readonly trustLists: TrustListPublisher,
    readonly now: () => number,
    readonly log: (line: string) => void,
    private readonly unlock: () => void,
  ) {
    this.fixedIssuer = options.issuer;
    this.pageTokens = new PageTokens(now);
    for (const origin of verifiers.droppedOrigins) {
      log(`[warn] dropped a verifier origin that is not https: (SPEC §3): ${origin}`);
    }
    this.baseUrlValue = options.baseUrl ?? DEFAULT_BASE_URL;
    this.demoApiKey = verifiers.ensureDemo(ownOrigins(this.baseUrlValue));
    const interval = options.sweepIntervalMs ?? 60_000;
    if (interval > 0) {
      this.sweeper = setInterval(() => this.sweep(), interval);
      this.sweeper.unref();
    }
  }

  /** Opens (or creates) the registry in `options.dataDir`. */
  static async create(options: RegistryOptions): Promise<Registry> {
    const now = options.now ?? Date.now;
    const log = options.log ?? createBatchedLog();
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const unlock = lockDataDir(options.dataDir);
    try {
      return await Registry.open(options, now, log, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  private static async open(
    options: RegistryOptions,
    now: () => number,
    log: (line: string) => void,
    unlock: () => void,
  ): Promise<Registry> {
    const keys = await SigningKeys.open(options.dataDir, new Date(now()));
    const beneficiaries = new Beneficiaries(options.dataDir, options.persons ?? 0);
    const verifiers = new Verifiers(options.dataDir);
    const outbox = new SmsOutbox(log);
    const otp = new OtpService(beneficiaries, outbox, now, {
      ...DEFAULT_OTP_LIMITS,
      resendGapS: options.otpResendGapS ?? DEFAULT_OTP_LIMITS.resendGapS,
    });
    const rateLimiter = new RateLimiter(options.rateLimit ?? 100, now);
    const faults = new Faults(options.random ?? Math.random, options.sleep ?? ((ms) => delay(ms)));
    const credentials = await CredentialIssuers.open(
      options.dataDir,
      options.issuer ?? options.baseUrl ?? DEFAULT_BASE_URL,
      new Date(now()),
    );
    const trustLists = await TrustListPublisher.open(options.dataDir, credentials, now);
    return new Registry(
      options,
      keys,
      beneficiaries,
      verifiers,
      outbox,
      otp,
      rateLimiter,
      faults,
      credentials,
      trustLists,
      now,
      log,
      unlock,
    );
  }

  /** The base URL clients reach the simulator at. */
  get baseUrl(): string {
    return this.baseUrlValue;
  }

  /** The `iss` of every token. */
  get issuer(): string {
    return this.fixedIssuer ?? this.baseUrlValue;
  }

  /** The directory of the built PWA. */
  get staticDir(): string {
    return this.options.staticDir ?? DEFAULT_STATIC_DIR;
  }

  /** Sets the base URL once the port is known; the demo verifier then allows that origin. */
  setBaseUrl(baseUrl: string): void {
    this.baseUrlValue = baseUrl.replace(/\/+$/, '');
    this.demoApiKey = this.verifiers.ensureDemo(ownOrigins(this.baseUrlValue));
    this.credentials.setIssuerUrl(this.issuer);
  }

  /** Signs a desk token: bound to the verifier (`aud`) and its nonce, 15 minutes. */
  signDeskToken(beneficiary: Beneficiary, verifierId: string, nonce?: string): Promise<string> {
    return this.sign(beneficiary, DESK_TOKEN_TTL_S, verifierId, nonce);
  }

  /** Signs a holder token (no `aud`) for the registry's own page; 7 days unless configured. */
  signHolderToken(beneficiary: Beneficiary): Promise<string> {
    return this.sign(beneficiary, this.options.holderTokenTtlS ?? HOLDER_TOKEN_TTL_S);
  }

  /** Drops every expired record. */
  sweep(): void {
    this.otp.sweep();
    this.rateLimiter.sweep();
    this.pageTokens.sweep();
    this.outbox.sweep(this.now());
  }

  /** Stops the background sweep and gives the data dir back. */
  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.unlock();
  }

  private sign(
    beneficiary: Beneficiary,
    ttlS: number,
    aud?: string,
    nonce?: string,
  ): Promise<string> {
    const iat = Math.floor(this.now() / 1000);
    // SPEC §5: a holder token must fit a small QR, so the claims stay few and short.
    const claims: StatusClaims = {
      iss: this.issuer,
      iat,
      exp: iat + ttlS,
      jti: randomBytes(12).toString('base64url'),
      vs: beneficiary.status,
      name: beneficiary.fullName,
      mob: beneficiary.mobile.slice(-4),
      ...(aud === undefined ? {} : { aud }),
      ...(nonce === undefined ? {} : { nonce }),
    };
    return this.keys.sign(claims);
  }
}

/** The origins the simulator itself is reached from: localhost and 127.0.0.1 on its port. */
function ownOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const port = url.port ? `:${url.port}` : '';
  return [
    ...new Set([
      url.origin,
      `${url.protocol}//localhost${port}`,
      `${url.protocol}//127.0.0.1${port}`,
    ]),
  ];
}
