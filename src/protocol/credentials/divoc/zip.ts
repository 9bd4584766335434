/**
 * The ZIP a CoWIN certificate's QR holds (APPNOTE 6.3): `certificate.json`, stored or
 * DEFLATE-compressed, found through the central directory and inflated with a cap.
 */
import { inflateCapped } from '../inflate.ts';

/** The largest certificate JSON read from a ZIP, in bytes. */
export const MAX_CERTIFICATE_BYTES = 64 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const NAME = 'certificate.json';

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function nameAt(bytes: Uint8Array, at: number, length: number): string {
  let name = '';
  for (let i = 0; i < length; i++) name += String.fromCharCode(bytes[at + i]!);
  return name;
}

/** The bytes of `certificate.json` in a ZIP, or null when there is none or it is too large. */
export function certificateFromZip(zip: Uint8Array): Uint8Array | null {
  // The end of central directory record is the last 22 bytes, plus a comment of up to 64 kB.
  let eocd = -1;
  for (let at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xffff; at--) {
    if (u32(zip, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = u16(zip, eocd + 10);
  let at = u32(zip, eocd + 16);
  for (let i = 0; i < entries && i < 16; i++) {
    if (at + 46 > zip.length || u32(zip, at) !== CENTRAL) return null;
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    const local = u32(zip, at + 42);
    if (nameAt(zip, at + 46, nameLength) === NAME) {
      // Bit 0: encrypted; a certificate is never encrypted.
      if (flags & 1 || size > MAX_CERTIFICATE_BYTES) return null;
      if (local + 30 > zip.length || u32(zip, local) !== LOCAL) return null;
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
      if (start + compressedSize > zip.length) return null;
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return compressedSize === size ? data : null;
      if (method !== 8) return null;
      const inflated = inflateCapped(data, 'raw', MAX_CERTIFICATE_BYTES);
      return inflated && inflated.length === size ? inflated : null;
    }
    at = next;
  }
  return null;
}
