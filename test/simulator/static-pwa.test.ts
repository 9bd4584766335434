/**
 * The PWA as the simulator serves it: a placeholder when not built, the built files with their
 * content types, cache rules and framing policy, and nothing outside the static dir.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSim, tempDir } from './fixture.ts';

describe('static PWA', () => {
  it('serves a placeholder page at / when the PWA is not built', async () => {
    const sim = await makeSim();
    const response = await sim.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(await response.text()).toContain('npm run build');
  });

  it('serves the built files with content types and cache rules', async () => {
    const staticDir = tempDir();
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>PWA</title>');
    writeFileSync(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(staticDir, 'manifest.webmanifest'), '{}');
    writeFileSync(join(staticDir, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
    const sim = await makeSim({ staticDir });

    const index = await sim.request('/');
    expect(await index.text()).toContain('<title>PWA</title>');
    expect(index.headers.get('Cache-Control')).toBe('no-cache');
    // The app holds an API key: it may not be framed, and runs no script but its own.
    expect(index.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(index.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(index.headers.get('X-Frame-Options')).toBe('DENY');
    const sw = await sim.request('/sw.js');
    expect(sw.headers.get('Content-Type')).toContain('text/javascript');
    expect(sw.headers.get('Cache-Control')).toBe('no-cache');
    const manifest = await sim.request('/manifest.webmanifest');
    expect(manifest.headers.get('Content-Type')).toContain('application/manifest+json');
    expect(manifest.headers.get('Cache-Control')).toBe('no-cache');
    const asset = await sim.request('/assets/index-AbCdEf12.js');
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    expect((await sim.request('/settings')).headers.get('Content-Type')).toContain('text/html');
    expect((await sim.request('/missing.png')).status).toBe(404);
  });

  it('never serves a file outside the static dir', async () => {
    const root = tempDir();
    const staticDir = join(root, 'public');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), 'shell');
    writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
    const sim = await makeSim({ staticDir });
    expect(await (await sim.request('/index.html')).text()).toBe('shell');
    for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2E%2E%5Csecret.txt']) {
      const response = await sim.request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP-SECRET');
    }
  });
});
