/** The shape of a bench module, and the context the runner hands each one. */
import type { Goal } from './stats.ts';

/** One key a module writes to bench/results.json, with its unit and goal. */
export interface KeySpec {
  key: string;
  unit: string;
  goal?: Goal;
  /**
   * Why the goal is parked: the table still shows the goal and the value, marked PARKED with this
   * reason, and a miss does not fail the run.
   */
  parked?: string;
}

/** What a module's run measured. */
export interface BenchOutput {
  /** A value for each declared key; null where it could not be measured. */
  values: Record<string, number | null>;
  /** Units that depend on the run (which decoder, how many persons). */
  units?: Record<string, string>;
  /** Goals that depend on the run (an expected count), replacing the declared ones. */
  goals?: Record<string, Goal>;
  /** Why a value is missing or misses its goal. */
  reasons?: Record<string, string>;
  /** The samples and counts behind the values, for results.json's notes. */
  notes?: unknown;
}

/** A built PWA. */
export interface BuiltPwa {
  dir: string;
  /** The Rolldown chunks of the build, for the import graph. */
  chunks: unknown[];
}

/** The simulator serving the built PWA, with a typical holder token it issued. */
export interface ServedApp {
  /** The simulator's base URL (localhost), the tokens' issuer. */
  url: string;
  /** The app at 127.0.0.1, as a tablet on the network would meet it. */
  appUrl: string;
  dataDir: string;
  holderToken: string;
  tokenSource: string;
  /** A fake-camera Y4M file showing the holder token (bench/lib/app.ts). */
  camera: string;
}

/** What the runner shares between modules: built and started once, on first use. */
export interface BenchContext {
  /** A private directory, removed at the end. */
  work: string;
  pwa(): Promise<BuiltPwa>;
  app(): Promise<ServedApp>;
}

/** A bench module: `npm run bench -- <part of a name>` runs the matching ones. */
export interface BenchModule {
  name: string;
  /** One line on what it measures, printed before it runs. */
  title: string;
  keys: readonly KeySpec[];
  run(context: BenchContext): Promise<BenchOutput>;
}

/** Prints one progress line of a module. */
export function say(line: string): void {
  process.stdout.write(`  ${line}\n`);
}
