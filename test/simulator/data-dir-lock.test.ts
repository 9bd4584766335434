/** One simulator per data dir (SPEC §7 data dir): real processes, a second start, a kill -9. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../simulator/lock.ts';
import { startSimulator } from '../helpers/simulator-process.ts';

const CLI = fileURLToPath(new URL('../../bin/kycvs-simulator.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'kycvs-lock-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the data dir lock', () => {
  it('rejects a second simulator on a dir in use, naming the holder; a kill -9 does not block', async () => {
    const first = await startSimulator({ dataDir });
    const jwks = await (await fetch(`${first.url}/.well-known/jwks.json`)).text();
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as {
      pid: number;
    };

    const second = spawnSync(process.execPath, [CLI, '--port', '0', '--data-dir', dataDir], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`in use by process ${lock.pid}`);
    expect(second.stderr).toContain(dataDir);
    // The first one keeps serving, with its keys untouched.
    expect(await (await fetch(`${first.url}/.well-known/jwks.json`)).text()).toBe(jwks);

    first.kill();
    await new Promise((done) => setTimeout(done, 300));
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    const third = await startSimulator({ dataDir });
    expect(await (await fetch(`${third.url}/.well-known/jwks.json`)).text()).toBe(jwks);
    await third.stop();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 90_000);
});
