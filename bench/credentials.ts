/**
 * credential_chunk_gzip_kb_<format>, credential_verify_ms_<format>,
 * credential_verify_throttled_ms_<format>: for each of SPEC §9's formats, the lazy chunk the
 * built PWA loads for it (gzip -9), and the median time of `verifyCredential` in Chromium, at
 * full speed and under 6x CPU throttling (DevTools `Emulation.setCPUThrottlingRate`), with codes
 * the simulator's own issuers sign. Method: bench/README.md.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { CredentialIssuers, type IssuedCredential } from '../simulator/issuers/index.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { measureBundle } from './bundle.ts';
import { bundlePage, pageHtml, serveSite } from './lib/pages.ts';
import { say, type BenchModule } from './lib/module.ts';
import { median, round } from './lib/stats.ts';

type Chunk = Rolldown.OutputChunk;

const FORMATS = ['divoc', 'eudcc', 'shc'] as const;
type Format = (typeof FORMATS)[number];

/** The CPU slowdown of a cheap tablet, as in bench/throttled.ts. */
const SLOWDOWN = 6;
const RUNS = 30;
const THROTTLED_RUNS = 10;
/** A fixed instant: the codes are issued and verified at it, never on the wall clock. */
const NOW_MS = Date.UTC(2026, 4, 1, 12, 0, 0);

/**
 * The gzipped kB a format's first code costs to load: its chunk and every chunk that chunk
 * imports statically which the first load does not hold already (a shared inflate, say).
 */
export function formatChunkKb(dir: string, chunks: readonly Chunk[], format: Format): number {
  const firstLoad = new Set(measureBundle(dir, chunks).firstLoadFiles);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const facade = `src/protocol/credentials/${format}/index.ts`;
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(facade));
  if (!chunk) throw new Error(`no lazy chunk for ${facade} in the build`);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || firstLoad.has(file)) return;
    files.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  visit(chunk.fileName);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  return bytes / 1024;
}

interface Timed {
  firstMs: number;
  medianMs: number;
  throttledFirstMs: number;
  throttledMedianMs: number;
}

async function timeFormats(work: string): Promise<Record<Format, Timed>> {
  const issuers = await CredentialIssuers.open(
    mkdtempSync(join(work, 'issuers-')),
    'http://localhost:8080',
    new Date(NOW_MS - 3_600_000),
  );
  const trust = issuers.trustList();
  const codes = {} as Record<Format, IssuedCredential>;
  for (const format of FORMATS) {
    codes[format] = await issuers.issueCredential(
      {
        format,
        full_name: 'Asha Kumari Verma',
        birth_date: '1990-01-01',
        doses: 2,
        total_doses: 2,
      },
      { now: new Date(NOW_MS - 60_000) },
    );
  }
  const site = await bundlePage('bench/browser/credential-page.ts');
  site.set('/index.html', pageHtml('credential bench'));
  const server = await serveSite(site);
  const browser = await launchChromium();
  const results = {} as Record<Format, Timed>;
  try {
    for (const format of FORMATS) {
      const issued = codes[format];
      const input = 'qr_text' in issued ? { text: issued.qr_text } : { base64: issued.qr_bytes };
      // A fresh page per format and per speed: each first call loads its chunk anew.
      const run = async (slowdown: number, runs: number) => {
        const page = await browser.newPage();
        try {
          await page.goto(server.url);
          await page.waitForFunction(() => 'credentialBench' in window);
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
          return await page.evaluate(
            ([i, t, now, n]) =>
              (
                window as unknown as {
                  credentialBench: {
                    time(...a: unknown[]): Promise<{ firstMs: number; samplesMs: number[] }>;
                  };
                }
              ).credentialBench.time(i, t, now, 2, n),
            [input, trust, NOW_MS, runs] as const,
          );
        } finally {
          await page.close();
        }
      };
      const fast = await run(1, RUNS);
      const slow = await run(SLOWDOWN, THROTTLED_RUNS);
      results[format] = {
        firstMs: fast.firstMs,
        medianMs: median(fast.samplesMs),
        throttledFirstMs: slow.firstMs,
        throttledMedianMs: median(slow.samplesMs),
      };
      say(
        `${format}: ${results[format].medianMs.toFixed(1)} ms median ` +
          `(${results[format].throttledMedianMs.toFixed(1)} ms at ${SLOWDOWN}x slowdown)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** The `credentials` bench module. */
export const bench: BenchModule = {
  name: 'credentials',
  title: 'CoWIN, EU DCC and SMART Health Card: lazy chunk sizes and verification time',
  keys: FORMATS.flatMap((format) => [
    { key: `credential_chunk_gzip_kb_${format}`, unit: 'kB' },
    { key: `credential_verify_ms_${format}`, unit: 'ms' },
    { key: `credential_verify_throttled_ms_${format}`, unit: 'ms' },
  ]),
  async run(context) {
    const built = await context.pwa();
    const values: Record<string, number | null> = {};
    for (const format of FORMATS) {
      values[`credential_chunk_gzip_kb_${format}`] = round(
        formatChunkKb(built.dir, built.chunks as Chunk[], format),
        1,
      );
    }
    const times = await timeFormats(context.work);
    const notes: Record<string, unknown> = { runs: RUNS, throttled_runs: THROTTLED_RUNS };
    for (const format of FORMATS) {
      values[`credential_verify_ms_${format}`] = round(times[format].medianMs, 1);
      values[`credential_verify_throttled_ms_${format}`] = round(
        times[format].throttledMedianMs,
        1,
      );
      notes[`${format}_first_call_ms`] = round(times[format].firstMs, 1);
      notes[`${format}_throttled_first_call_ms`] = round(times[format].throttledFirstMs, 1);
    }
    return { values, notes };
  },
};
