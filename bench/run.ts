/**
 * `npm run bench [-- NAME...]`: the bench modules one after the other on this machine (all of
 * them, or those whose name contains one of the NAMEs), a table with each goal, and
 * bench/results.json, where keys of modules not run keep their last values. The method of each
 * measurement is in bench/README.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench as bundle, buildHolderPage, buildPwa } from './bundle.ts';
import { bench as credentials } from './credentials.ts';
import { bench as decode } from './decode.ts';
import { writeCameraFile } from './lib/app.ts';
import { holderToken } from './lib/holder.ts';
import type { BenchContext, BenchModule, BuiltPwa, ServedApp } from './lib/module.ts';
import { startSimulatorCli, type ChildServer } from './lib/processes.ts';
import {
  failsRun,
  formatTable,
  meetsGoal,
  round,
  verdictOf,
  type Goal,
  type Row,
} from './lib/stats.ts';
import { bench as gates } from './gates.ts';
import { bench as lighthouse } from './lighthouse.ts';
import { bench as photoHits } from './photo-hits.ts';
import { bench as pwa } from './pwa.ts';
import { bench as qrSize } from './qr-size.ts';
import { bench as load } from './sim-load.ts';
import { bench as throughput } from './sim-throughput.ts';
import { bench as soak } from './soak.ts';
import { bench as throttled } from './throttled.ts';
import { bench as trustList } from './trust-list.ts';
import { bench as verify } from './verify.ts';

/** Every module, in the order they run. */
const MODULES: readonly BenchModule[] = [
  bundle,
  verify,
  credentials,
  pwa,
  decode,
  photoHits,
  qrSize,
  throughput,
  load,
  soak,
  throttled,
  trustList,
  gates,
  lighthouse,
];

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const chosen = MODULES.filter(
  (module) => filters.length === 0 || filters.some((filter) => module.name.includes(filter)),
);
if (chosen.length === 0) {
  process.stderr.write(
    `no bench module matches ${filters.join(', ')}; modules: ${MODULES.map((m) => m.name).join(', ')}\n`,
  );
  process.exit(2);
}

const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const load0 = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'kycvs-bench-'));

/** Runs `make` once, on first use, and hands every caller the same promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

let server: ChildServer | null = null;
const context: BenchContext = {
  work,
  pwa: once(async (): Promise<BuiltPwa> => {
    const dir = join(work, 'pwa');
    const chunks = await buildPwa(dir);
    await buildHolderPage();
    return { dir, chunks };
  }),
  app: once(async (): Promise<ServedApp> => {
    const built = await context.pwa();
    server = await startSimulatorCli(['--static-dir', built.dir, '--otp-resend-gap', '0']);
    const holder = await holderToken(server.url, server.dataDir!);
    const camera = join(work, 'camera.y4m');
    writeCameraFile(camera, holder.token);
    return {
      url: server.url,
      appUrl: server.url.replace('://localhost:', '://127.0.0.1:'),
      dataDir: server.dataDir!,
      holderToken: holder.token,
      tokenSource: holder.source,
      camera,
    };
  }),
};

/** The last results, whose keys stand for the modules not run this time. */
const previous: Record<string, unknown> = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
  : {};
const previousNotes = (previous.notes ?? {}) as Record<string, unknown>;
const previousMissed = (previous.missed ?? {}) as Record<string, string>;
const previousMeasured = (previous.measured_at ?? {}) as Record<string, string>;
const previousGoals = (previous.goals ?? {}) as Record<string, string>;
const previousDurations = (previous.module_duration_s ?? {}) as Record<string, number>;

/** A goal as results.json writes it (`<= 40`), read back. */
function parseGoal(text: string | undefined): Goal | undefined {
  const match = /^(<=|>=|==) (-?[0-9.]+)$/.exec(text ?? '');
  return match ? { op: match[1] as Goal['op'], limit: Number(match[2]) } : undefined;
}

const rows: Row[] = [];
/** The rows of the modules run this time: they decide the exit code. */
const judged: Row[] = [];
/** Each module's own wall time this run, in seconds, so the whole run's budget can be checked. */
const durations: Record<string, number | null> = {};
const notes: Record<string, unknown> = {};
const failures: Record<string, string> = {};
const measuredAt: Record<string, string> = { ...previousMeasured };

try {
  for (const module of MODULES) {
    if (!chosen.includes(module)) {
      for (const spec of module.keys) {
        const value = previous[spec.key];
        const reason = previousMissed[spec.key]?.replace(/^MISSED(: )?/, '');
        const goal = parseGoal(previousGoals[spec.key]) ?? spec.goal;
        rows.push({
          ...spec,
          ...(goal ? { goal } : {}),
          value: typeof value === 'number' ? value : null,
          reason: reason || 'not run this time',
        });
        if (typeof previousDurations[module.name] === 'number') {
          durations[module.name] = previousDurations[module.name]!;
        }
      }
      if (module.name in previousNotes) notes[module.name] = previousNotes[module.name];
      continue;
    }
    process.stdout.write(`\n[${elapsed()}] ${module.name}: ${module.title}\n`);
    measuredAt[module.name] = new Date().toISOString();
    const started = performance.now();
    const firstRow = rows.length;
    try {
      const output = await module.run(context);
      for (const spec of module.keys) {
        const goal = output.goals?.[spec.key] ?? spec.goal;
        const reason = output.reasons?.[spec.key];
        rows.push({
          key: spec.key,
          value: output.values[spec.key] ?? null,
          unit: output.units?.[spec.key] ?? spec.unit,
          ...(goal ? { goal } : {}),
          ...(reason ? { reason } : {}),
          ...(spec.parked ? { parked: spec.parked } : {}),
        });
      }
      notes[module.name] = output.notes ?? null;
    } catch (error) {
      // The failure belongs to this module's keys only, never to another module's.
      const message = (error instanceof Error ? error.message : String(error))
        .replace(/\s+/g, ' ')
        .slice(0, 400);
      failures[module.name] = message;
      process.stdout.write(`  FAILED: ${message}\n`);
      for (const spec of module.keys) {
        rows.push({ ...spec, value: null, reason: `${module.name} failed: ${message}` });
      }
      notes[module.name] = { failed: message };
    }
    judged.push(...rows.slice(firstRow));
    const seconds = (performance.now() - started) / 1000;
    durations[module.name] = round(seconds, 0);
    process.stdout.write(`  ${module.name} took ${seconds.toFixed(0)} s\n`);
  }
} finally {
  await (server as ChildServer | null)?.stop();
  rmSync(work, { recursive: true, force: true });
}

notes.machine =
  `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; ` +
  `1-min load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at the end ` +
  '(the machine is shared: other work moves these figures by tens of percent)';
notes.failures = failures;

const results: Record<string, unknown> = {
  generated_at: new Date().toISOString(),
  duration_s: round((performance.now() - began) / 1000, 0),
  modules_run: chosen.map((module) => module.name),
  measured_at: measuredAt,
  module_duration_s: durations,
};
for (const row of rows) results[row.key] = row.value;
results.goals = Object.fromEntries(
  rows.filter((row) => row.goal).map((row) => [row.key, `${row.goal!.op} ${row.goal!.limit}`]),
);
results.missed = Object.fromEntries(
  rows
    .filter(
      (row) => !row.parked && (row.value === null || (row.goal && !meetsGoal(row.value, row.goal))),
    )
    .map((row) => [row.key, verdictOf(row)]),
);
results.parked = Object.fromEntries(
  rows.filter((row) => row.parked).map((row) => [row.key, row.parked]),
);
results.notes = notes;

writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n[${elapsed()}] done\n\n${formatTable(rows)}\n\nwrote ${RESULTS}\n`);

// The run fails when a module it ran failed or missed a goal that is not parked.
const failed = judged.filter(failsRun);
if (failed.length > 0 || Object.keys(failures).length > 0) {
  process.stdout.write(
    `\n${failed.length} goal(s) missed or not measured: ${failed.map((row) => row.key).join(', ')}\n`,
  );
  process.exitCode = 1;
}
