import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { tempPrefix } from '../../simulator/hub/atomic-write.ts';
import { HUB_DB_FILE, HubDatabase, HubDatabaseError } from '../../simulator/hub/hub-database.ts';
import { tempDir, waitFor } from './helpers.ts';

async function openError(dataDir: string): Promise<HubDatabaseError> {
  try {
    await HubDatabase.open(dataDir);
  } catch (error) {
    return error as HubDatabaseError;
  }
  throw new Error('the database opened');
}

describe('the hub database file', () => {
  it('writes documents and token hashes on flush and reads them back', async () => {
    const dataDir = tempDir();
    const db = await HubDatabase.open(dataDir);
    db.putDocument('event-a', new Uint8Array([1, 2, 3]));
    expect(db.registerTokenHash('event-a', 'hash-1')).toBe('hash-1');
    expect(db.registerTokenHash('event-a', 'hash-2')).toBe('hash-1');
    await db.close();

    const reopened = await HubDatabase.open(dataDir);
    expect(reopened.getDocument('event-a')).toEqual(new Uint8Array([1, 2, 3]));
    expect(reopened.getTokenHash('event-a')).toBe('hash-1');
    expect(reopened.getDocument('event-b')).toBeNull();
    await reopened.close();
    expect(readdirSync(dataDir)).toEqual([HUB_DB_FILE]);
  });

  it('writes a change within its delay without being asked', async () => {
    const dataDir = tempDir();
    const db = await HubDatabase.open(dataDir);
    await db.flush();
    db.registerTokenHash('event-a', 'hash-1');
    const path = join(dataDir, HUB_DB_FILE);
    const SQL = await initSqlJs();
    const stored = () => {
      const file = new SQL.Database(readFileSync(path));
      const rows = file.exec('SELECT token_hash FROM events');
      file.close();
      return rows[0]?.values[0]?.[0];
    };
    await waitFor(() => stored() === 'hash-1', 'the hash in the file');
    await db.close();
  });

  it('refuses a file that is not SQLite, or not its own, and leaves it untouched', async () => {
    const garbage = tempDir();
    writeFileSync(join(garbage, HUB_DB_FILE), 'not a database at all, not even close\n');
    const error = await openError(garbage);
    expect(error).toBeInstanceOf(HubDatabaseError);
    expect(error.code).toBe('corrupt');
    expect(readFileSync(join(garbage, HUB_DB_FILE), 'utf8')).toBe(
      'not a database at all, not even close\n',
    );

    const foreign = tempDir();
    const SQL = await initSqlJs();
    const other = new SQL.Database();
    other.exec('CREATE TABLE documents (title TEXT, body TEXT)');
    const bytes = other.export();
    other.close();
    writeFileSync(join(foreign, HUB_DB_FILE), bytes);
    expect((await openError(foreign)).code).toBe('corrupt');
    expect(new Uint8Array(readFileSync(join(foreign, HUB_DB_FILE)))).toEqual(bytes);
  });

  it('removes the temp file a killed write left, and keeps the file it was replacing', async () => {
    const dataDir = tempDir();
    const db = await HubDatabase.open(dataDir);
    db.registerTokenHash('event-a', 'hash-1');
    await db.close();
    const leftover = join(dataDir, `${tempPrefix(join(dataDir, HUB_DB_FILE))}12345`);
    writeFileSync(leftover, 'half a database');
    const reopened = await HubDatabase.open(dataDir);
    expect(existsSync(leftover)).toBe(false);
    expect(reopened.getTokenHash('event-a')).toBe('hash-1');
    await reopened.close();
  });
});
