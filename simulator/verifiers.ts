/** Registered verifiers: id, display name, allowed origins and the SHA-256 of their API key. */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from './hash.ts';
import { readDataFile, writeDataFile } from './storage.ts';

/** The file in the data dir listing registered verifiers (key hashes only). */
export const VERIFIERS_FILE = 'verifiers.json';
/** The file holding the demo verifier's API key, so it stays the same across restarts. */
export const DEMO_KEY_FILE = 'demo-verifier.json';
/** The seeded demo verifier's id. */
export const DEMO_VERIFIER_ID = 'demo-verifier';
/** The seeded demo verifier's display name, as the SMS names it. */
export const DEMO_VERIFIER_NAME = 'Demo Event Gate';

/** A registered verifier. */
export interface Verifier {
  id: string;
  name: string;
  origins: string[];
  /** Hex SHA-256 of the API key; the key itself is shown once and never stored. */
  keyHash: string;
}

interface StoredVerifier {
  verifier_id: string;
  name: string;
  origins: string[];
  key_sha256: string;
}

const hashKey = sha256Hex;

/**
 * A verifier origin as browsers send it (scheme, host, optional port; nothing else), or null
 * when it is not one SPEC §3 allows: `https:`, or `http:` on localhost and 127.0.0.1 only.
 */
export function normaliseOrigin(value: string): string | null {
  if (value.length > 200) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (!bare || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) return null;
  return url.origin;
}

/** The verifier registry, persisted in the data dir when one is given. */
export class Verifiers {
  private readonly byId = new Map<string, Verifier>();
  private readonly byKeyHash = new Map<string, Verifier>();
  private allOrigins = new Set<string>();
  private demoApiKey: string | null = null;
  private demoOwnOrigins: string[] = [];
  /** Origins found in the data dir that SPEC §3 does not allow: dropped, and reported once. */
  readonly droppedOrigins: string[] = [];

  constructor(private readonly dataDir: string | null) {
    const stored = dataDir === null ? null : readDataFile(dataDir, VERIFIERS_FILE);
    if (Array.isArray(stored)) {
      for (const entry of stored as StoredVerifier[]) {
        const origins: string[] = [];
        for (const origin of Array.isArray(entry.origins) ? entry.origins : []) {
          const normal = typeof origin === 'string' ? normaliseOrigin(origin) : null;
          if (normal === null) this.droppedOrigins.push(String(origin));
          else origins.push(normal);
        }
        this.put({ id: entry.verifier_id, name: entry.name, origins, keyHash: entry.key_sha256 });
      }
    }
    const demo = dataDir === null ? null : readDataFile(dataDir, DEMO_KEY_FILE);
    const demoKey = (demo as { api_key?: unknown } | null)?.api_key;
    if (
      typeof demoKey === 'string' &&
      this.byId.get(DEMO_VERIFIER_ID)?.keyHash === hashKey(demoKey)
    ) {
      this.demoApiKey = demoKey;
    }
  }

  /** Registers a verifier, or replaces one with the same id; returns its new API key. */
  register(input: { id: string; name: string; origins: string[] }): string {
    const apiKey = randomBytes(32).toString('base64url');
    this.put({ ...input, origins: [...new Set(input.origins)], keyHash: hashKey(apiKey) });
    if (input.id === DEMO_VERIFIER_ID) {
      this.demoApiKey = apiKey;
      if (this.dataDir !== null) writeDataFile(this.dataDir, DEMO_KEY_FILE, { api_key: apiKey });
    }
    this.save();
    return apiKey;
  }

  /**
   * Makes sure the demo verifier exists and also allows `ownOrigins` (the simulator's own, which
   * depend on the port, so they are held for this run and not saved); returns its API key.
   */
  ensureDemo(ownOrigins: string[]): string {
    if (this.demoApiKey === null) {
      this.register({ id: DEMO_VERIFIER_ID, name: DEMO_VERIFIER_NAME, origins: [] });
    }
    this.demoOwnOrigins = [...ownOrigins];
    this.indexOrigins();
    return this.demoApiKey!;
  }

  /** The verifier owning this API key, or null. Looked up by hash, so no key is compared. */
  byApiKey(apiKey: string): Verifier | null {
    return this.byKeyHash.get(hashKey(apiKey)) ?? null;
  }

  /** The verifier with this id, or null. */
  find(id: string): Verifier | null {
    return this.byId.get(id) ?? null;
  }

  /** Every origin this verifier may call from (for the demo, the simulator's own too). */
  originsOf(verifier: Verifier): string[] {
    return verifier.id === DEMO_VERIFIER_ID
      ? [...new Set([...verifier.origins, ...this.demoOwnOrigins])]
      : [...verifier.origins];
  }

  /** True when `origin` may call the API with this verifier's key. */
  allowsOrigin(verifier: Verifier, origin: string): boolean {
    return (
      verifier.origins.includes(origin) ||
      (verifier.id === DEMO_VERIFIER_ID && this.demoOwnOrigins.includes(origin))
    );
  }

  /** True when some verifier registered this origin (answers CORS preflights). */
  isRegisteredOrigin(origin: string): boolean {
    return this.allOrigins.has(origin);
  }

  private put(verifier: Verifier): void {
    const previous = this.byId.get(verifier.id);
    if (previous) this.byKeyHash.delete(previous.keyHash);
    this.byId.set(verifier.id, verifier);
    this.byKeyHash.set(verifier.keyHash, verifier);
    this.indexOrigins();
  }

  private indexOrigins(): void {
    const origins = [...this.byId.values()].flatMap((v) => v.origins);
    if (this.byId.has(DEMO_VERIFIER_ID)) origins.push(...this.demoOwnOrigins);
    this.allOrigins = new Set(origins);
  }

  private save(): void {
    if (this.dataDir === null) return;
    const stored: StoredVerifier[] = [...this.byId.values()].map((v) => ({
      verifier_id: v.id,
      name: v.name,
      origins: v.origins,
      key_sha256: v.keyHash,
    }));
    writeDataFile(this.dataDir, VERIFIERS_FILE, stored);
  }
}
