import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrTextToJws, verifyStatusToken } from '../../src/protocol/index.ts';
import { qrSegments, renderStatusQr } from '../../src/holder/qr.ts';
import { Registry } from '../../simulator/registry.ts';
import { NOW, holderClaims, signToken, trustedRegistry } from '../fixtures/tokens.ts';

/** SPEC §5: a holder token for a name of up to 40 characters fits version 13 at level M. */
const MAX_VERSION = 13;
/** SPEC §5: the whole compact JWS that version 13-M holds in the numeric form. */
const MAX_JWS_CHARS = 387;
/** The longest name SPEC §5 sizes the QR for. */
const LONGEST_NAME = 'Venkata Subramanya Lakshminarayana Iyeng';

/** A holder token as the simulator signs it: 20-character name, 16-character jti. */
async function typicalHolderToken(): Promise<string> {
  return signToken(holderClaims({ name: 'Aarav Kumar Sharma X', jti: 'q3RjZmE4bXdUa0xp' }));
}

/** The QR version (level M) that the holder page draws for `jws`. */
function versionAtM(jws: string): number {
  return QRCode.create(qrSegments(jws), { errorCorrectionLevel: 'M' }).version;
}

describe('the holder page QR', () => {
  it('carries kycvs:/ numeric text that gives back the token', async () => {
    const jws = await typicalHolderToken();
    const segments = qrSegments(jws);
    expect(segments.map((segment) => segment.mode)).toEqual(['byte', 'numeric']);
    const text =
      new TextDecoder().decode(segments[0]!.data as Uint8Array) + String(segments[1]!.data);
    expect(text.startsWith('kycvs:/')).toBe(true);
    expect(qrTextToJws(text)).toBe(jws);
    const verdict = await verifyStatusToken(qrTextToJws(text)!, await trustedRegistry(), {
      now: NOW,
    });
    expect(verdict.ok).toBe(true);
  });

  it('renders a PNG at level M with the version the segments need', async () => {
    const jws = await typicalHolderToken();
    const qr = await renderStatusQr(jws);
    expect(qr.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const direct = QRCode.create(qrSegments(jws), { errorCorrectionLevel: 'M' });
    expect(qr.version).toBe(direct.version);
    expect(direct.errorCorrectionLevel.bit).toBe(0);
  });

  it('puts version 13 at level M at 387 JWS characters, not one more (SPEC §5)', () => {
    // Any base64url text of a length stands for a JWS of that length: one digit pair each.
    const fits = 'a'.repeat(MAX_JWS_CHARS - 2).replace(/^(.{70})(.{200})/, '$1.$2.');
    expect(fits.length).toBe(MAX_JWS_CHARS);
    expect(versionAtM(fits)).toBe(MAX_VERSION);
    expect(versionAtM(`${fits}a`)).toBe(MAX_VERSION + 1);
  });

  it('fits version 13 at level M for every name length up to 40 under the default issuer (SPEC §5)', async () => {
    // The simulator's default issuer (SPEC §3: http://localhost:PORT, 8080 by default), its
    // 7-day holder lifetime and a 96-bit jti (SPEC §4), status 2 and a 4-digit mob.
    for (let length = 1; length <= LONGEST_NAME.length; length++) {
      const jws = await signToken(
        holderClaims({ name: LONGEST_NAME.slice(0, length).trimEnd() || 'A' }),
      );
      expect(jws.length, `a ${length}-character name`).toBeLessThanOrEqual(MAX_JWS_CHARS);
      expect(versionAtM(jws), `a ${length}-character name`).toBeLessThanOrEqual(MAX_VERSION);
    }
  });

  describe('a token the simulator itself signs', () => {
    let dataDir: string;
    let registry: Registry;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'kycvs-qr-'));
      registry = await Registry.create({ dataDir, sweepIntervalMs: 0, log: () => undefined });
    });
    afterAll(() => {
      registry.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('fits version 13 at level M for a 40-character name (SPEC §5)', async () => {
      expect(LONGEST_NAME).toHaveLength(40);
      expect(registry.issuer).toBe('http://localhost:8080');
      const jws = await registry.signHolderToken({
        mobile: '9876543210',
        fullName: LONGEST_NAME,
        status: 2,
      });
      const claims = JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()) as {
        name: string;
        aud?: string;
      };
      expect(claims.name).toBe(LONGEST_NAME);
      expect(claims.aud).toBeUndefined();
      expect(jws.length).toBeLessThanOrEqual(MAX_JWS_CHARS);
      expect(versionAtM(jws)).toBeLessThanOrEqual(MAX_VERSION);
      expect((await renderStatusQr(jws)).version).toBeLessThanOrEqual(MAX_VERSION);
    });
  });

  it('rejects a text that is not a compact JWS', () => {
    expect(() => qrSegments('not a token!')).toThrow(TypeError);
  });
});
