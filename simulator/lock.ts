/**
 * One simulator per data dir: a lock file holding the owner's pid, created exclusively. A second
 * simulator will not start and names the holder; a lock whose process is gone (`kill -9`)
 * is taken over, so a crash never blocks the next start.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file's name in the data dir. */
export const LOCK_FILE = 'simulator.lock';

/** Thrown when another live process holds the data dir. */
class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

/** Data dirs this process holds, so a second registry in one process is rejected too. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data dir's lock (`lockFile` in it); returns the function that gives it back. */
export function lockDataDir(dataDir: string, lockFile = LOCK_FILE): () => void {
  const path = join(dataDir, lockFile);
  const record = `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, record, { flag: 'wx', mode: 0o600 });
      held.add(path);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(path);
        rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: { pid?: unknown; host?: unknown; since?: unknown } = {};
    try {
      owner = JSON.parse(readFileSync(path, 'utf8')) as typeof owner;
    } catch {
      // A lock cut short by a crash mid-write holds no pid: nobody owns it.
    }
    const pid = typeof owner.pid === 'number' && Number.isInteger(owner.pid) ? owner.pid : null;
    const sameHost = owner.host === undefined || owner.host === hostname();
    const live = pid !== null && sameHost && (pid === process.pid ? held.has(path) : isAlive(pid));
    if (live || (pid !== null && !sameHost)) {
      throw new DataDirInUseError(
        `the data dir ${dataDir} is in use by process ${pid}` +
          `${sameHost ? '' : ` on ${String(owner.host)}`}` +
          `${typeof owner.since === 'string' ? ` (since ${owner.since})` : ''}; ` +
          `stop that ${lockFile === LOCK_FILE ? 'simulator' : 'process'} or pass another --data-dir.`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new DataDirInUseError(`could not take the lock ${path}; try again.`);
}
