/**
 * trust_list_import_ms_200k: a signed list of 200,000 revoked codes verified and stored by the
 * PWA's own code in Chromium at 6x CPU throttling (Emulation.setCPUThrottlingRate), with the
 * longest animation-frame gap and long task while it is stored
 * (trust_list_import_longest_task_ms_200k); revocation_lookup_us: the
 * median time of one check against that index; trust_list_build_s_de_dsc: the real German DSC
 * list through `kycvs-trust build`. Method: bench/README.md.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { buildTrustList } from '../trust/build.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
} from '../trust/sign.ts';
import type { BenchModule } from './lib/module.ts';
import { say } from './lib/module.ts';
import { bundlePage, pageHtml, serveSite } from './lib/pages.ts';
import { median, round } from './lib/stats.ts';

const ENTRIES = 200_000;
const SLOWDOWN = 6;
const PROBES = 500;
/** Where the bench's own server answers the signed list, as a registry would. */
const LIST_PATH = '/kycvs-trust-list.jws';
const DSC = new URL('../../shared/testdata/real-trust/de-dsc-list/dsc-list.json', import.meta.url)
  .pathname;

const eudccKey = (i: number) =>
  createHash('sha256').update(`bench ${i}`).digest().subarray(0, 16).toString('base64');

async function importBench() {
  const key = trustKeyFromJwk(generateTrustKeyJwk());
  const seconds = Math.floor(Date.now() / 1000);
  const eudcc = Array.from({ length: ENTRIES }, (_, i) => eudccKey(i));
  const jws = signTrustList(
    {
      iss: 'https://bench.invalid',
      seq: 1,
      iat: seconds,
      exp: seconds + 86_400,
      divoc: [],
      eudcc: [],
      shc: [],
      revoked: { divoc: [], eudcc, shc: [] },
      sources: [{ name: 'bench', kind: 'add', fetchedAt: seconds, count: ENTRIES }],
    },
    key,
  );
  // Half the probes are listed, half are not.
  const probes = Array.from({ length: PROBES }, (_, i) =>
    i % 2 === 0 ? eudcc[(i * 397) % ENTRIES]! : eudccKey(ENTRIES + i),
  );
  const site = await bundlePage('bench/browser/trust-list-page.ts');
  // esbuild leaves `new URL('./trust-list-worker.ts', import.meta.url)` as it is (Vite rewrites
  // it): the worker's own bundle is served at that URL, so the list is stored as in the PWA.
  for (const [path, body] of await bundlePage('src/store/trust-list-worker.ts')) {
    site.set(path === '/page.js' ? '/trust-list-worker.ts' : path, body);
  }
  site.set('/index.html', pageHtml('trust list bench'));
  site.set(LIST_PATH, jws);
  const server = await serveSite(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'trustBench' in window);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const pin = await trustKeyThumbprint(key);
    const result = await page.evaluate(
      ([listUrl, thumbprint, keys]) =>
        (
          window as unknown as {
            trustBench: {
              run(...a: unknown[]): Promise<{
                importMs: number;
                longestGap: number;
                longestTask: number;
                times: number[];
                hits: number;
              }>;
            };
          }
        ).trustBench.run(listUrl, thumbprint, keys),
      [new URL(LIST_PATH, server.url).href, pin, probes] as const,
    );
    return { ...result, jwsChars: jws.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function buildBench(): Promise<{ seconds: number; entries: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kycvs-trust-bench-'));
  try {
    writeFileSync(join(dir, 'key.jwk'), JSON.stringify(generateTrustKeyJwk()));
    const start = performance.now();
    const result = await buildTrustList({
      key: join(dir, 'key.jwk'),
      out: join(dir, 'list.jws'),
      deDscList: DSC,
    });
    return { seconds: (performance.now() - start) / 1000, entries: result.list.eudcc.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `trust-list` bench module. */
export const bench: BenchModule = {
  name: 'trust-list',
  title:
    'signed trust list: 200,000 revoked codes stored at 6x throttling, lookups, the real DSC list built',
  keys: [
    { key: 'trust_list_import_ms_200k', unit: 'ms' },
    { key: 'trust_list_import_max_frame_gap_ms', unit: 'ms' },
    {
      key: 'trust_list_import_longest_task_ms_200k',
      unit: 'ms',
      goal: { op: '<=', limit: 300 },
    },
    { key: 'revocation_lookup_us', unit: 'µs', goal: { op: '<=', limit: 1000 } },
    { key: 'trust_list_build_s_de_dsc', unit: 's' },
  ],
  async run() {
    say('building the real DSC list');
    const built = await buildBench();
    say(
      `built ${built.entries} entries in ${built.seconds.toFixed(2)} s; storing ${ENTRIES} revoked codes at ${SLOWDOWN}x`,
    );
    const stored = await importBench();
    say(
      `stored in ${stored.importMs.toFixed(0)} ms; longest frame gap ${stored.longestGap.toFixed(0)} ms, longest task ${stored.longestTask.toFixed(0)} ms`,
    );
    return {
      values: {
        trust_list_import_ms_200k: round(stored.importMs, 0),
        trust_list_import_max_frame_gap_ms: round(stored.longestGap, 0),
        trust_list_import_longest_task_ms_200k: round(stored.longestTask, 0),
        revocation_lookup_us: round(median(stored.times), 0),
        trust_list_build_s_de_dsc: round(built.seconds, 2),
      },
      notes: {
        entries: ENTRIES,
        jws_chars: stored.jwsChars,
        probes: PROBES,
        probe_hits: stored.hits,
        dsc_entries: built.entries,
        throttling: SLOWDOWN,
      },
    };
  },
};
