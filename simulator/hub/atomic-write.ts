/**
 * Replaces a file so that a crash (`kill -9`, power loss) leaves either the old bytes or the new
 * ones, never a mix: write a temp file in the same directory, fsync it, rename it over the old
 * one, fsync the directory so the rename itself is durable.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The prefix of the temp files `writeFileAtomic` leaves behind only when it is killed mid-write. */
export function tempPrefix(path: string): string {
  return `.${basename(path)}.tmp-`;
}

/** Writes `bytes` to `path` atomically and durably (temp file, fsync, rename, fsync dir). */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${tempPrefix(path)}${process.pid}`);
  const file = await open(temp, 'w', 0o600);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  await rename(temp, path);
  const directory = await open(dir, 'r');
  try {
    await directory.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
  } finally {
    await directory.close();
  }
}
