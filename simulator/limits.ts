/** Per-key rate limit and fault injection for the /v3 endpoints. */
import { ApiError, rateLimited } from './errors.ts';

/** CoWIN's public API window: requests are counted per key per 5 minutes. */
export const RATE_WINDOW_MS = 5 * 60 * 1000;

/** A fixed-window counter per key; a limit of 0 turns it off (load tests). */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request for `key`; throws 429 USRAUT0016 with Retry-After past the limit. */
  hit(key: string): void {
    if (this.limit === 0) return;
    const now = this.now();
    let window = this.windows.get(key);
    if (window === undefined || now >= window.start + RATE_WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > this.limit) {
      throw rateLimited(
        `Rate limit of ${this.limit} requests per 5 minutes reached for this API key.`,
        (window.start + RATE_WINDOW_MS - now) / 1000,
      );
    }
  }

  /** Forgets windows that have ended. */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      if (now >= window.start + RATE_WINDOW_MS) this.windows.delete(key);
    }
  }
}

/** The faults POST /dev/faults sets (validated by its schema). */
export interface FaultSettings {
  latencyMs: number;
  failRate: number;
  down: boolean;
}

const NO_FAULTS: FaultSettings = { latencyMs: 0, failRate: 0, down: false };

/** Applies the configured faults: waits, then maybe answers 503 SERVER0503. */
export class Faults {
  private settings: FaultSettings = NO_FAULTS;

  constructor(
    private readonly random: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** The faults in force. */
  get current(): FaultSettings {
    return { ...this.settings };
  }

  /** Replaces the faults in force. */
  set(settings: FaultSettings): void {
    this.settings = { ...settings };
  }

  /** Delays and fails a /v3 request as configured. */
  async apply(): Promise<void> {
    const { latencyMs, failRate, down } = this.settings;
    if (latencyMs > 0) await this.sleep(latencyMs);
    if (down || (failRate > 0 && this.random() < failRate)) {
      throw new ApiError(503, 'SERVER0503', 'The registry is unavailable; try again later.', {
        headers: { 'Retry-After': '5' },
      });
    }
  }
}
