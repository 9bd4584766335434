/** Files in the data dir: read as JSON, written atomically (temp file + rename) and private. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads `name` from the data dir as JSON, or null when the file does not exist. */
export function readDataFile(dataDir: string, name: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dataDir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${join(dataDir, name)} is not valid JSON; fix or delete it.`);
  }
}

/**
 * Writes `value` as JSON to `name` in the data dir with mode 0600. A crash mid-write leaves the
 * old file whole: the data goes to a temp file first, and rename replaces the old one at once.
 */
export function writeDataFile(dataDir: string, name: string, value: unknown): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const target = join(dataDir, name);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(value, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
