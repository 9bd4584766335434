/**
 * The registry's holder page: its own build, apart from the verifier PWA. The simulator serves
 * the page at /v3/vaccination/status/knowYourStatus and these assets under /holder-assets/.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./src/holder', import.meta.url)),
  base: '/holder-assets/',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist-holder', import.meta.url)),
    emptyOutDir: true,
    // The page runs under a strict CSP (script-src 'self'): no inlined scripts or modules.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
