/**
 * Builds the verifier PWA with the project's Vite config into a private directory (dist/ is left
 * to the tests) and measures what the first load costs and what the scanner chunk costs.
 * Method: bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { say, type BenchModule } from './lib/module.ts';
import { round } from './lib/stats.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Sizes of the built PWA, gzip level 9 as a static server would send them. */
export interface BundleSizes {
  firstLoadJsGzipKb: number;
  firstLoadFiles: string[];
  scannerChunkGzipKb: number;
  /** Every lazy JS chunk, gzipped kB by file. */
  lazyChunksGzipKb: Record<string, number>;
}

type Chunk = Rolldown.OutputChunk;

function gzipKb(bytes: Buffer | Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length / 1024;
}

/** Builds the PWA into `outDir` and returns the chunks of the build. */
export async function buildPwa(outDir: string): Promise<Chunk[]> {
  const output = await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  precompress(outDir);
  const results = Array.isArray(output) ? output : [output];
  const chunks: Chunk[] = [];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const item of result.output) if (item.type === 'chunk') chunks.push(item);
  }
  return chunks;
}

/**
 * Builds the registry's holder page with its own config, into the package's dist-holder/ where
 * the simulator serves it from (SPEC §3 knowYourStatus).
 */
export async function buildHolderPage(): Promise<void> {
  await build({ configFile: join(ROOT, 'vite.holder.config.ts'), logLevel: 'warn' });
  precompress(join(ROOT, 'dist-holder'));
}

/** The brotli and gzip copies `npm run build` writes beside the assets (bin/compress-build.js). */
function precompress(dir: string): void {
  execFileSync(process.execPath, [join(ROOT, 'bin/compress-build.js'), dir], { stdio: 'ignore' });
}

/**
 * What index.html loads before any `import()`: its module scripts and their static imports,
 * followed through the build's own import graph rather than by reading the code.
 */
export function measureBundle(outDir: string, chunks: readonly Chunk[]): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = [
    ...html.matchAll(
      /<script[^>]*\bsrc="\/?([^"]+\.js)"|<link[^>]*modulepreload[^>]*href="\/?([^"]+\.js)"/g,
    ),
  ].map((match) => (match[1] ?? match[2])!);
  if (entries.length === 0) throw new Error('index.html loads no script');
  const firstLoad = new Set<string>();
  const visit = (file: string) => {
    if (firstLoad.has(file)) return;
    firstLoad.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  entries.forEach(visit);

  const sizeOf = (file: string) => gzipKb(readFileSync(join(outDir, file)));
  let firstLoadKb = 0;
  for (const file of firstLoad) firstLoadKb += sizeOf(file);

  const scanner = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/scanner/index.ts'));
  if (!scanner) throw new Error('no scanner chunk in the build');
  const lazy: Record<string, number> = {};
  for (const chunk of chunks) {
    if (!firstLoad.has(chunk.fileName))
      lazy[chunk.fileName] = Math.round(sizeOf(chunk.fileName) * 10) / 10;
  }
  return {
    firstLoadJsGzipKb: firstLoadKb,
    firstLoadFiles: [...firstLoad],
    scannerChunkGzipKb: sizeOf(scanner.fileName),
    lazyChunksGzipKb: lazy,
  };
}

/** The `bundle` bench module: builds the PWA (shared with the other modules) and sizes it. */
export const bench: BenchModule = {
  name: 'bundle',
  title: 'building the PWA (vite build, project config) and sizing it',
  keys: [
    { key: 'first_load_js_gzip_kb', unit: 'kB', goal: { op: '<=', limit: 40 } },
    { key: 'scanner_chunk_gzip_kb', unit: 'kB' },
  ],
  async run(context) {
    const built = await context.pwa();
    const sizes = measureBundle(built.dir, built.chunks as Chunk[]);
    say(
      `first load ${sizes.firstLoadJsGzipKb.toFixed(1)} kB gzip, scanner chunk ` +
        `${sizes.scannerChunkGzipKb.toFixed(1)} kB gzip`,
    );
    return {
      values: {
        first_load_js_gzip_kb: round(sizes.firstLoadJsGzipKb, 1),
        scanner_chunk_gzip_kb: round(sizes.scannerChunkGzipKb, 1),
      },
      notes: {
        first_load_files: sizes.firstLoadFiles,
        lazy_chunks_gzip_kb: sizes.lazyChunksGzipKb,
      },
    };
  },
};
