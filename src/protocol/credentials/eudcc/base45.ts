/** Strict Base45 (RFC 9285), the encoding of the EU DCC's `HC1:` text. */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/**
 * Decodes Base45 text, or returns null when it is not Base45: a character outside the
 * alphabet, a length of 3n + 1, or a group whose value does not fit its bytes (RFC 9285 §4.2).
 */
export function decodeBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    let value = 0;
    let factor = 1;
    const end = Math.min(i + 3, text.length);
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      const v = c < 128 ? VALUES[c]! : -1;
      if (v < 0) return null;
      value += v * factor;
      factor *= 45;
    }
    if (end - i === 3) {
      if (value > 0xffff) return null;
      out[o++] = value >> 8;
      out[o++] = value & 0xff;
    } else {
      if (value > 0xff) return null;
      out[o++] = value;
    }
  }
  return out;
}
