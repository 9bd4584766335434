/**
 * The anchors the builder checks each publication against (`trust-anchors/`, SPEC §10), and the
 * key it refuses: DIVOC's `main`-branch default signer, whose private half is public.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the anchors, beside this package's code. */
export const ANCHORS_DIR = fileURLToPath(new URL('../trust-anchors/', import.meta.url));

/** The anchor files. */
export const ANCHORS = {
  deDscList: 'de-dsc-list-signing-key.pem',
  vciSnapshot: 'vci-snapshot.crt',
  cowin: 'cowin-certificate-public-key.pem',
  refusedDivoc: 'refused/divoc-main-test-key.pem',
} as const;

/** The verification method CoWIN certificates name (DIVOC's `india` branch). */
export const COWIN_VERIFICATION_METHOD = 'did:india';

/** Reads an anchor file. */
export function anchorText(name: string): string {
  return readFileSync(`${ANCHORS_DIR}${name}`, 'utf8');
}

/** Hex SHA-256 of a public key's SPKI DER: one key, whatever its PEM's line breaks. */
export function spkiFingerprint(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** True when the PEM is DIVOC's public test key, which must never be trusted. */
export function isRefusedDivocKey(pem: string): boolean {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    return false;
  }
  return (
    spkiFingerprint(key) === spkiFingerprint(createPublicKey(anchorText(ANCHORS.refusedDivoc)))
  );
}
