/**
 * The hub's SQLite file (SPEC §11): each event's Yjs state and the hash of its hub token, nothing
 * else. sql.js keeps the database in memory; a change schedules a write of the whole file within
 * `FLUSH_DELAY_MS` (atomic, see atomic-write.ts) and `close()` writes whatever is pending. A file
 * that is not a SQLite database stops the hub: it is never overwritten.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic } from 'sql.js';
import { tempPrefix, writeFileAtomic } from './atomic-write.ts';

/** The database file's name in the hub's data dir. */
export const HUB_DB_FILE = 'hub.sqlite';

/** How long a change may wait in memory before the file is written. */
export const FLUSH_DELAY_MS = 1000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);
`;

/** Why the hub's database cannot be used. */
export class HubDatabaseError extends Error {
  override readonly name = 'HubDatabaseError';
  constructor(
    readonly code: 'corrupt' | 'closed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

let engine: Promise<SqlJsStatic> | undefined;

/** The event documents and token hashes, over one SQLite file. */
export class HubDatabase {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private closed = false;

  private constructor(
    private readonly db: Database,
    /** The SQLite file this database writes. */
    readonly path: string,
    private readonly onWriteError: (error: Error) => void,
  ) {}

  /** Opens `<dataDir>/hub.sqlite`, creating both when missing; rejects a corrupt file. */
  static async open(
    dataDir: string,
    onWriteError: (error: Error) => void = () => {},
  ): Promise<HubDatabase> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, HUB_DB_FILE);
    const prefix = tempPrefix(path);
    for (const name of await readdir(dataDir)) {
      // A temp file is only left by a write that was killed before its rename: never the data.
      if (name.startsWith(prefix)) await rm(join(dataDir, name), { force: true });
    }
    engine ??= initSqlJs();
    const SQL = await engine;
    const fresh = !existsSync(path);
    let db: Database | undefined;
    try {
      db = fresh ? new SQL.Database() : new SQL.Database(await readFile(path));
      const check = db.exec('PRAGMA quick_check');
      if (check[0]?.values[0]?.[0] !== 'ok') throw new Error('quick_check failed');
      db.exec(SCHEMA);
      // Another program's SQLite file with tables of these names is not ours either.
      db.exec(
        'SELECT id, token_hash FROM events LIMIT 0; SELECT name, state FROM documents LIMIT 0',
      );
    } catch (error) {
      db?.close();
      throw new HubDatabaseError(
        'corrupt',
        `${path} is not a readable hub database (${(error as Error).message}); ` +
          'move it aside or pass another data dir. It was left untouched.',
        { cause: error },
      );
    }
    const database = new HubDatabase(db, path, onWriteError);
    if (fresh) database.changed();
    return database;
  }

  /** The stored Yjs state of a document, or null when it was never stored. */
  getDocument(name: string): Uint8Array | null {
    this.assertOpen();
    const rows = this.db.exec('SELECT state FROM documents WHERE name = ?', [name]);
    const state = rows[0]?.values[0]?.[0];
    return state instanceof Uint8Array ? state : null;
  }

  /** Replaces a document's stored Yjs state. */
  putDocument(name: string, state: Uint8Array): void {
    this.assertOpen();
    this.db.run(
      'INSERT INTO documents (name, state) VALUES (?, ?) ' +
        'ON CONFLICT (name) DO UPDATE SET state = excluded.state',
      [name, state],
    );
    this.changed();
  }

  /** The token hash stored for an event, or null when the event is unknown here. */
  getTokenHash(eventId: string): string | null {
    this.assertOpen();
    const rows = this.db.exec('SELECT token_hash FROM events WHERE id = ?', [eventId]);
    const hash = rows[0]?.values[0]?.[0];
    return typeof hash === 'string' ? hash : null;
  }

  /** How many events this hub knows. */
  countEvents(): number {
    this.assertOpen();
    const count = this.db.exec('SELECT COUNT(*) FROM events')[0]?.values[0]?.[0];
    return typeof count === 'number' ? count : 0;
  }

  /** Stores `hash` for the event unless one is stored already; returns the stored one. */
  registerTokenHash(eventId: string, hash: string): string {
    const known = this.getTokenHash(eventId);
    if (known !== null) return known;
    this.db.run('INSERT INTO events (id, token_hash) VALUES (?, ?)', [eventId, hash]);
    this.changed();
    return hash;
  }

  /** Writes pending changes to the file now; resolves once they are on disk. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.writing.then(() => this.write());
    this.writing = run.catch(() => {});
    return run;
  }

  /** Writes what is pending and closes the database; later calls do nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      this.db.close();
    }
  }

  private changed(): void {
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.flush().catch((error: Error) => this.onWriteError(error));
    }, FLUSH_DELAY_MS);
  }

  private async write(): Promise<void> {
    if (!this.dirty || this.closed) return;
    this.dirty = false;
    try {
      // sql.js's export() is synchronous: the bytes are exactly the state at this point.
      await writeFileAtomic(this.path, this.db.export());
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new HubDatabaseError('closed', 'The hub database is closed.');
  }
}
