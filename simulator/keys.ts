/** The registry's ES256 signing keys: generated on first start, kept in DATA_DIR/keys.json. */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { TOKEN_ALG, TOKEN_TYPE, keyIdFor } from '../src/protocol/index.ts';
import type { StatusClaims, StatusHeader } from '../src/protocol/index.ts';
import { readDataFile, writeDataFile } from './storage.ts';

/** The file in the data dir that holds the key pairs. */
export const KEYS_FILE = 'keys.json';

/** A key pair as stored. */
interface StoredKey {
  kid: string;
  createdAt: string;
  publicJwk: JWK;
  privateJwk: JWK;
}

interface KeysFile {
  current: string;
  keys: StoredKey[];
}

/** A public key as the JWKS lists it. */
export interface PublicJwk extends JWK {
  kid: string;
  alg: typeof TOKEN_ALG;
  use: 'sig';
}

function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

async function newKey(createdAt: Date): Promise<StoredKey> {
  const { privateKey } = await generateKeyPair(TOKEN_ALG, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const publicJwk = publicPart(privateJwk);
  return {
    kid: await keyIdFor(publicJwk),
    createdAt: createdAt.toISOString(),
    publicJwk,
    privateJwk,
  };
}

function isKeysFile(value: unknown): value is KeysFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<KeysFile>;
  return (
    typeof file.current === 'string' &&
    Array.isArray(file.keys) &&
    file.keys.every(
      (key) =>
        typeof key?.kid === 'string' &&
        typeof key.publicJwk === 'object' &&
        typeof key.privateJwk === 'object',
    ) &&
    file.keys.some((key) => key.kid === file.current)
  );
}

/** The key set: signs with the current key, publishes every key it has held. */
export class SigningKeys {
  private signingKey!: KeyObject;
  /** `base64url(header).`: the same for every token the current key signs. */
  private headerPrefix!: string;
  private jwksBody!: string;
  private jwksEtag!: string;

  private constructor(
    private readonly dataDir: string,
    private file: KeysFile,
  ) {}

  /** Loads the keys from the data dir, or generates and saves a first key pair. */
  static async open(dataDir: string, now: Date): Promise<SigningKeys> {
    const stored = readDataFile(dataDir, KEYS_FILE);
    let file: KeysFile;
    if (stored === null) {
      const key = await newKey(now);
      file = { current: key.kid, keys: [key] };
      writeDataFile(dataDir, KEYS_FILE, file);
    } else if (isKeysFile(stored)) {
      file = stored;
    } else {
      throw new Error(`${KEYS_FILE} in ${dataDir} is not a key file this simulator wrote.`);
    }
    const keys = new SigningKeys(dataDir, file);
    await keys.refresh();
    return keys;
  }

  /** The kid of the key that signs now. */
  get currentKid(): string {
    return this.file.current;
  }

  /** The JWKS document, serialised once per change. */
  get jwksJson(): string {
    return this.jwksBody;
  }

  /** A strong ETag of the JWKS document. */
  get etag(): string {
    return this.jwksEtag;
  }

  /** The public keys the JWKS lists. */
  publicKeys(): PublicJwk[] {
    return this.file.keys.map((key) => ({
      ...key.publicJwk,
      kid: key.kid,
      alg: TOKEN_ALG,
      use: 'sig',
    }));
  }

  /** Makes a new key the signing key; earlier keys stay in the JWKS so their tokens verify. */
  async rotate(now: Date): Promise<string> {
    const key = await newKey(now);
    const file: KeysFile = { current: key.kid, keys: [...this.file.keys, key] };
    writeDataFile(this.dataDir, KEYS_FILE, file);
    this.file = file;
    await this.refresh();
    return key.kid;
  }

  /**
   * Signs status claims as a compact JWS with the header SPEC §4 fixes. node:crypto's sign with
   * a callback runs on the libuv pool: the event loop, the bottleneck under load, only frames it.
   */
  sign(claims: StatusClaims): Promise<string> {
    const input = `${this.headerPrefix}${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return new Promise((resolve, reject) => {
      // RFC 7518 §3.4: ES256 signatures are r || s, 64 bytes, not DER.
      sign(
        'sha256',
        Buffer.from(input),
        { key: this.signingKey, dsaEncoding: 'ieee-p1363' },
        (error, signature) => {
          if (error) reject(error);
          else resolve(`${input}.${signature.toString('base64url')}`);
        },
      );
    });
  }

  private async refresh(): Promise<void> {
    const current = this.file.keys.find((key) => key.kid === this.file.current)!;
    this.signingKey = createPrivateKey({ key: current.privateJwk as never, format: 'jwk' });
    const header: StatusHeader = { alg: TOKEN_ALG, kid: current.kid, typ: TOKEN_TYPE };
    this.headerPrefix = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.`;
    this.jwksBody = JSON.stringify({ keys: this.publicKeys() });
    this.jwksEtag = `"${createHash('sha256').update(this.jwksBody).digest('base64url').slice(0, 22)}"`;
  }
}
