/** Builds the verifier PWA into dist/: Preact, the service worker and the web app manifest. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Navigations the service worker answers with the app shell. Workbox tests pathname + search, so
 * a start URL with a query (`/?source=pwa`) counts too.
 */
export const SHELL_NAVIGATIONS = [/^\/(index\.html)?(\?.*)?$/];

/** Navigations never answered with the app shell: the registry shares this origin. */
export const REGISTRY_NAVIGATIONS = [/^\/v3\//, /^\/dev\//, /^\/\.well-known\//];

/** Where the build lists each chunk's modules, for the budget test (not served, not precached). */
export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

/** Each chunk of the page build and the worker build, with the modules it holds. */
export type ChunkModules = Record<string, { build: 'page' | 'worker'; modules: string[] }>;

/**
 * Records which modules went into which chunk, in the page build and in the decode worker's
 * build (Vite bundles a worker on its own), and writes the list beside the build's manifest.
 */
function chunkModules(): { page: Plugin; worker: () => Plugin } {
  const chunks: ChunkModules = {};
  const root = process.cwd();
  const recorder = (build: 'page' | 'worker'): Plugin => ({
    name: `kycvs-chunk-modules-${build}`,
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const modules = item.moduleIds.map((id) => relative(root, id.replace(/\?.*$/, '')));
        chunks[item.fileName] = { build, modules };
      }
    },
  });
  let outDir = 'dist';
  return {
    worker: () => recorder('worker'),
    page: {
      ...recorder('page'),
      configResolved(config) {
        outDir = config.build.outDir;
      },
      writeBundle() {
        const file = join(outDir, CHUNK_MODULES_FILE);
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, JSON.stringify(chunks, null, 1));
      },
    },
  };
}

const modules = chunkModules();

export default defineConfig({
  plugins: [
    preact(),
    modules.page,
    VitePWA({
      // A new version waits until the user accepts the update prompt.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'KYC-VS Verifier',
        short_name: 'KYC-VS',
        description:
          "Checks CoWIN vaccination status tokens, offline from QR codes or online with the holder's OTP.",
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b3d91',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every chunk, the lazy scanner and its decoders included, so scanning works offline.
        globPatterns: ['**/*.{js,css,html,svg,wasm}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackAllowlist: SHELL_NAVIGATIONS,
        navigateFallbackDenylist: REGISTRY_NAVIGATIONS,
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the first visit already works offline.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // The scanner's decode worker is a module worker whose decoders are lazy chunks of their own
  // (zxing-wasm's .wasm among its assets); the page's build holds no decoder.
  worker: { format: 'es', plugins: () => [modules.worker()] },
});
