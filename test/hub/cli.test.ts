import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHubCli } from '../../simulator/hub/hub-cli.ts';
import { HUB_DB_FILE } from '../../simulator/hub/hub-database.ts';
import { runHubCli, spawnHub, stopChild, tempDir } from './helpers.ts';

/** Each of these starts the CLI through tsx: slow on a loaded 2-core machine. */
const PROCESS_TEST_TIMEOUT_MS = 60_000;

describe('npm run hub', () => {
  it.each([
    [['--port', 'eighty'], '--port must be a whole number from 0 to 65535.'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535.'],
    [['--redis', 'http://127.0.0.1:6379'], '--redis must be a URL like redis://127.0.0.1:6379.'],
    [['--redis', 'redis://127.0.0.1:6379/0'], '--redis must be a URL like redis://127.0.0.1:6379.'],
    [['--colour'], "Unknown option '--colour'"],
    [['extra'], 'unexpected argument extra.'],
  ])('rejects the flags %j, saying why', (args, message) => {
    expect(() => parseHubCli(args)).toThrow(message);
  });

  it('reads the flags it knows, with their defaults', () => {
    expect(
      parseHubCli(['--port', '0', '--data-dir', '/tmp/h', '--redis', 'redis://r:7000']),
    ).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/h',
      redis: 'redis://r:7000',
      maxEvents: 10_000,
    });
    expect(parseHubCli(['--max-events', '5'])).toMatchObject({ maxEvents: 5 });
    expect(() => parseHubCli(['--max-events', '0'])).toThrow(/--max-events must be/);
    expect(parseHubCli(['--help'])).toBe('help');
  });

  it(
    'exits 2 on a bad flag, with the message and the usage',
    async () => {
      const { code, output } = await runHubCli(['--port', 'eighty']);
      expect(code).toBe(2);
      expect(output).toContain('kycvs-hub: --port must be a whole number from 0 to 65535.');
      expect(output).toContain('Usage: kycvs-hub');
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a data dir whose hub.sqlite is not a database, exits 1 and leaves the file as it was',
    async () => {
      const dataDir = tempDir();
      const garbage = Buffer.from('this is not a SQLite database, whatever else it may be\n');
      writeFileSync(join(dataDir, HUB_DB_FILE), garbage);
      const { code, output } = await runHubCli(['--port', '0', '--data-dir', dataDir]);
      expect(code).toBe(1);
      expect(output).toMatch(/cannot start: .*hub\.sqlite is not a readable hub database/);
      expect(readFileSync(join(dataDir, HUB_DB_FILE))).toEqual(garbage);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a data dir another hub holds',
    async () => {
      const dataDir = tempDir();
      const running = await spawnHub(['--port', '0', '--data-dir', dataDir]);
      const { code, output } = await runHubCli(['--port', '0', '--data-dir', dataDir]);
      expect(code).toBe(1);
      expect(output).toMatch(/cannot start: the data dir .* is in use by process \d+/);
      await stopChild(running.child, 'SIGINT');
      expect(await running.exited).toBe(0);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
