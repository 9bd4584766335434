/**
 * The first-load budget (STYLE: size and speed): what index.html loads before any lazy import stays under
 * 40 kB gzipped, and the scanner with its decoders, and each credential format's verifier, stay
 * out of it but in the precache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url);
const BUDGET_BYTES = 40 * 1024;

/** Every JS file reachable from `entry` through static imports (not `import()`). */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(new URL(entry, DIST), 'utf8');
  const statics = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;
  for (const match of code.matchAll(statics)) staticGraph(`assets/${match[1]}`, seen);
  return seen;
}

describe('first-load bundle', () => {
  it('is built (npm test builds it; run `npx vite build` before running this alone)', () => {
    expect(existsSync(new URL('index.html', DIST))).toBe(true);
  });

  it('stays under 40 kB gzipped and keeps the scanner and decoders out', () => {
    const html = readFileSync(new URL('index.html', DIST), 'utf8');
    const entries = [
      ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g),
    ].map((match) => match[1]!);
    expect(entries.length).toBeGreaterThan(0);
    const files = new Set<string>();
    for (const entry of entries) for (const file of staticGraph(entry)) files.add(file);
    let gzipped = 0;
    for (const file of files) gzipped += gzipSync(readFileSync(new URL(file, DIST))).length;
    console.info(
      `first-load JS: ${[...files].join(', ')} = ${(gzipped / 1024).toFixed(1)} kB gzipped`,
    );
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
    for (const file of files) expect(file).not.toMatch(/scanner|zxing|jsqr|decoder|decode-worker/i);
    // SPEC §9: each credential format is its own lazy chunk, loaded when a code of it is read.
    for (const file of files) expect(file).not.toMatch(/^assets\/(divoc|eudcc|shc)-/);
  });

  it('precaches every credential format’s chunk, so each reads offline (SPEC §9)', () => {
    const sw = readFileSync(new URL('sw.js', DIST), 'utf8');
    for (const name of ['divoc', 'eudcc', 'shc', 'inflate']) {
      expect(sw).toMatch(new RegExp(`url:"assets/${name}-[\\w-]+\\.js"`));
    }
  });

  it('precaches the lazy scanner, its decode worker and decoder chunks for offline scanning', () => {
    const sw = readFileSync(new URL('sw.js', DIST), 'utf8');
    for (const name of ['scanner', 'decode-worker', 'jsqr-decoder', 'zxing-wasm-decoder']) {
      expect(sw).toMatch(new RegExp(`url:"assets/${name}-[\\w-]+\\.js"`));
    }
    expect(sw).toMatch(/url:"assets\/zxing_reader-[\w-]+\.wasm"/);
  });

  it('never serves the app shell for registry paths', () => {
    const sw = readFileSync(new URL('sw.js', DIST), 'utf8');
    expect(sw).toContain('allowlist:[/^\\/(index\\.html)?(\\?.*)?$/]');
  });
});
