/**
 * Budgets of the built PWA (npm test builds it first): the precache listed by size, and no
 * decoder built twice (the page's build and the decode worker's are bundled apart, so a decoder
 * imported by both would ship, and be precached, twice).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHUNK_MODULES_FILE, type ChunkModules } from '../../vite.config.ts';

const DIST = new URL('../../dist/', import.meta.url);

/**
 * Modules that are (or load) a QR decoder. chain-run.ts is not one: it only runs decoders it is
 * given (the page's thread keeps it for a main-thread chain a caller supplies).
 */
const DECODER_MODULE =
  /^(node_modules\/(@zxing\/library|jsqr|zxing-wasm)\/|src\/scanner\/((native|jsqr|zxing|zxing-wasm|still)-decoder|decoder-chain)\.ts$)/;

/** The decoder modules found in more than one chunk, with those chunks. */
export function duplicatedDecoders(chunks: ChunkModules): Record<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [file, chunk] of Object.entries(chunks)) {
    for (const id of chunk.modules) {
      if (!DECODER_MODULE.test(id)) continue;
      where.set(id, [...(where.get(id) ?? []), file]);
    }
  }
  return Object.fromEntries([...where].filter(([, files]) => files.length > 1));
}

function readChunks(): ChunkModules {
  return JSON.parse(readFileSync(new URL(CHUNK_MODULES_FILE, DIST), 'utf8')) as ChunkModules;
}

describe('bundle budgets', () => {
  it('is built with its chunk list (npm test builds it; `npx vite build` before running alone)', () => {
    expect(existsSync(new URL(CHUNK_MODULES_FILE, DIST))).toBe(true);
    expect(existsSync(new URL('sw.js', DIST))).toBe(true);
  });

  it('lists the precache by size, every entry a file of the build, the wasm in it once', () => {
    const sw = readFileSync(new URL('sw.js', DIST), 'utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    const rows = urls.map((url) => {
      const path = new URL(url, DIST);
      expect(existsSync(path), url).toBe(true);
      const body = readFileSync(path);
      return { url, bytes: statSync(path).size, gzip: gzipSync(body).length };
    });
    rows.sort((a, b) => b.bytes - a.bytes);
    const total = rows.reduce((sum, row) => sum + row.bytes, 0);
    const totalGzip = rows.reduce((sum, row) => sum + row.gzip, 0);
    console.info(`precache: ${rows.length} files, ${(total / 1024).toFixed(1)} kB`);
    console.table(
      rows.map((row) => ({
        file: row.url,
        kB: +(row.bytes / 1024).toFixed(1),
        'kB gzip': +(row.gzip / 1024).toFixed(1),
      })),
    );
    console.info(`precache gzipped: ${(totalGzip / 1024).toFixed(1)} kB`);
    const wasm = urls.filter((url) => url.endsWith('.wasm'));
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(/^assets\/zxing_reader-[\w-]+\.wasm$/);
    const built = readdirSync(new URL('assets/', DIST)).filter((f) => f.endsWith('.wasm'));
    expect(built).toEqual([wasm[0]!.slice('assets/'.length)]);
  });

  it('builds each decoder module into one chunk only, and none into the page build', () => {
    const chunks = readChunks();
    const decoders = Object.entries(chunks).filter(([, c]) =>
      c.modules.some((id) => DECODER_MODULE.test(id)),
    );
    // The decoders are there: zxing-cpp, jsQR and the chain, all in the worker's build.
    const all = decoders.flatMap(([, c]) => c.modules);
    for (const expected of [
      'node_modules/zxing-wasm/',
      'node_modules/jsqr/',
      'src/scanner/decoder-chain.ts',
    ]) {
      expect(
        all.some((id) => id.startsWith(expected)),
        expected,
      ).toBe(true);
    }
    expect(duplicatedDecoders(chunks)).toEqual({});
    for (const [file, chunk] of decoders) expect(chunk.build, file).toBe('worker');
  });

  it('would catch a decoder built into two chunks', () => {
    const twice: ChunkModules = {
      'assets/a.js': { build: 'page', modules: ['node_modules/jsqr/dist/jsQR.js', 'src/app/x.ts'] },
      'assets/b.js': { build: 'worker', modules: ['node_modules/jsqr/dist/jsQR.js'] },
      'assets/c.js': { build: 'worker', modules: ['src/scanner/zxing-wasm-decoder.ts'] },
    };
    expect(duplicatedDecoders(twice)).toEqual({
      'node_modules/jsqr/dist/jsQR.js': ['assets/a.js', 'assets/b.js'],
    });
  });
});
