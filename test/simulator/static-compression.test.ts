/** Static files: precompressed at build, chosen by Accept-Encoding, Vary set, caching kept. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeSim, tempDir } from './fixture.ts';

const COMPRESS = fileURLToPath(new URL('../../bin/compress-build.js', import.meta.url));
const SCRIPT = `console.log(${JSON.stringify('a registry script '.repeat(400))});\n`;

async function builtSim() {
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><title>PWA</title>${'<p>x</p>'.repeat(200)}`,
  );
  writeFileSync(join(staticDir, 'assets', 'index-AbCdEf12.js'), SCRIPT);
  writeFileSync(join(staticDir, 'tiny.txt'), 'small');
  execFileSync(process.execPath, [COMPRESS, staticDir]);
  return makeSim({ staticDir });
}

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('precompressed static files', () => {
  it('writes .br and .gz beside the text assets, and skips files too small to gain', async () => {
    const sim = await builtSim();
    const assets = readdirSync(join(sim.registry.staticDir, 'assets')).sort();
    expect(assets).toEqual(['index-AbCdEf12.js', 'index-AbCdEf12.js.br', 'index-AbCdEf12.js.gz']);
    expect(existsSync(join(sim.registry.staticDir, 'tiny.txt.br'))).toBe(false);
  });

  it('answers br, gzip or identity by Accept-Encoding, with Vary and immutable caching', async () => {
    const sim = await builtSim();
    const path = '/assets/index-AbCdEf12.js';
    const br = await sim.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Content-Type')).toContain('text/javascript');
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    const brBody = await bytes(br);
    expect(brBody.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(brBody).toString()).toBe(SCRIPT);

    const gz = await sim.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gz.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(await bytes(gz)).toString()).toBe(SCRIPT);

    const plain = await sim.request(path);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect((await bytes(plain)).toString()).toBe(SCRIPT);
  });

  it('serves the shell compressed with its security headers and no-cache', async () => {
    const sim = await builtSim();
    for (const path of ['/', '/settings']) {
      const shell = await sim.request(path, { headers: { 'Accept-Encoding': 'br' } });
      expect(shell.headers.get('Content-Encoding'), path).toBe('br');
      expect(shell.headers.get('Cache-Control')).toBe('no-cache');
      expect(shell.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(brotliDecompressSync(await bytes(shell)).toString()).toContain('<title>PWA</title>');
    }
  });

  it('answers /favicon.ico with a real icon, built or not', async () => {
    const sim = await makeSim();
    const icon = await sim.request('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('Content-Type')).toBe('image/x-icon');
    const body = await bytes(icon);
    // ICONDIR: reserved 0, type 1 (icon), one image, whose data is a PNG.
    expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(body.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
  });

  it('has npm run build leave br and gz beside every built script of both apps', () => {
    for (const tree of ['dist', 'dist-holder']) {
      const assets = fileURLToPath(new URL(`../../${tree}/assets/`, import.meta.url));
      expect(existsSync(assets), `run npm run build first (${tree})`).toBe(true);
      // Below 512 bytes a Content-Encoding costs more than it saves: those stay plain.
      const scripts = readdirSync(assets).filter(
        (name) => name.endsWith('.js') && statSync(join(assets, name)).size >= 512,
      );
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const br = readdirSync(assets).includes(`${script}.br`);
        const gz = readdirSync(assets).includes(`${script}.gz`);
        expect(br && gz, `${tree}/assets/${script}`).toBe(true);
      }
    }
  });
});
