#!/usr/bin/env node
// Writes brotli (.br) and gzip (.gz) copies beside the built text assets of dist/ and
// dist-holder/, so the simulator serves them precompressed (RFC 9110 §8.4, Accept-Encoding).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|webmanifest|svg|wasm|txt|map|ico)$/;
const MIN_BYTES = 512;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let written = 0;
for (const tree of process.argv.slice(2).length ? process.argv.slice(2) : ['dist', 'dist-holder']) {
  const root = isAbsolute(tree) ? tree : fileURLToPath(new URL(`../${tree}/`, import.meta.url));
  let entries;
  try {
    entries = [...files(root)];
  } catch {
    continue;
  }
  for (const path of entries) {
    if (!COMPRESSIBLE.test(path)) continue;
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gz = gzipSync(bytes, { level: 9 });
    // A copy that saves nothing is not worth a Content-Encoding.
    if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
    if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
    written += 1;
  }
}
console.log(`compress-build: precompressed ${written} files (br, gz)`);
